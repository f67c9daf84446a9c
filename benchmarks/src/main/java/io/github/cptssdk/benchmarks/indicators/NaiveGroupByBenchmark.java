package io.github.cptssdk.benchmarks.indicators;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.indicators.PatientRecord;
import io.github.cptssdk.indicators.PreventionAct;
import io.github.cptssdk.indicators.Sex;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The baseline: a naive Java group-by over 1 million {@link PatientRecord} objects (stream, group by
 * area, then filter and count each indicator with dates). Scores are rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class NaiveGroupByBenchmark {

  static final int ROWS = 1_000_000;

  private List<PatientRecord> records;
  private Map<String, List<String>> areasOf;

  @Setup(Level.Trial)
  public void setup() {
    CommuneReferential r = BenchData.referential();
    records = BenchData.population(r, ROWS).stream().toList();
    areasOf = new HashMap<>();
    for (String[] row : BenchData.areaMap(r)) {
      areasOf.computeIfAbsent(row[0], k -> new java.util.ArrayList<>()).add(row[1]);
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public Map<String, long[]> naiveGroupBy() {
    Map<String, List<PatientRecord>> byArea = records.stream()
        .flatMap(p -> areasOf.get(p.commune().value()).stream().map(a -> Map.entry(a, p)))
        .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    Map<String, long[]> out = new HashMap<>();
    byArea.forEach((area, list) -> out.put(area, counts(list)));
    return out;
  }

  private static long[] counts(List<PatientRecord> list) {
    int y = BenchData.YEAR;
    LocalDate w2 = LocalDate.of(y - 1, 1, 1);
    LocalDate end = LocalDate.of(y + 1, 1, 1);
    long[] v = new long[22];
    v[0] = list.stream().filter(p -> p.ageIn(y) >= 17).count();
    v[1] = list.stream().filter(p -> p.ageIn(y) >= 17 && !p.hasTreatingDoctor()).count();
    v[2] = list.stream().filter(p -> p.ageIn(y) >= 16).count();
    v[3] = list.stream().filter(p -> p.ageIn(y) >= 16 && !p.hasTreatingDoctor()).count();
    v[4] = v[2];
    v[5] = v[2] - v[3];
    v[6] = list.stream().filter(p -> p.ageIn(y) >= 70).count();
    v[7] = list.stream().filter(p -> p.ageIn(y) >= 70 && !p.hasTreatingDoctor()).count();
    v[8] = list.stream().filter(p -> p.ageIn(y) >= 17 && p.ald()).count();
    v[9] = list.stream().filter(p -> p.ageIn(y) >= 17 && p.ald() && !p.hasTreatingDoctor()).count();
    v[10] = list.stream().filter(p -> p.ageIn(y) >= 17 && p.c2s()).count();
    v[11] = list.stream().filter(p -> p.ageIn(y) >= 17 && p.c2s() && !p.hasTreatingDoctor()).count();
    v[12] = list.stream().filter(p -> p.ageIn(y) >= 17 && p.c2s() && p.ald()).count();
    v[13] = list.stream().filter(p -> p.ageIn(y) >= 17 && p.c2s() && p.ald() && !p.hasTreatingDoctor()).count();
    v[14] = list.stream().filter(p -> p.sex() == Sex.FEMALE && p.ageIn(y) >= 50 && p.ageIn(y) <= 74).count();
    v[15] = list.stream().filter(p -> p.sex() == Sex.FEMALE && p.ageIn(y) >= 50 && p.ageIn(y) <= 74
        && in(p, PreventionAct.BREAST_SCREENING, w2, end)).count();
    v[16] = list.stream().filter(p -> p.sex() == Sex.FEMALE && p.ageIn(y) >= 25 && p.ageIn(y) <= 65).count();
    v[17] = list.stream().filter(p -> p.sex() == Sex.FEMALE && p.ageIn(y) >= 25 && p.ageIn(y) <= 65
        && in(p, PreventionAct.CERVICAL_SCREENING, LocalDate.of(p.ageIn(y) < 30 ? y - 2 : y - 4, 1, 1), end)).count();
    v[18] = list.stream().filter(p -> p.ageIn(y) >= 50 && p.ageIn(y) <= 74).count();
    v[19] = list.stream().filter(p -> p.ageIn(y) >= 50 && p.ageIn(y) <= 74 && in(p, PreventionAct.COLORECTAL_SCREENING, w2, end)).count();
    v[20] = list.stream().filter(p -> p.ageIn(y) >= 65).count();
    v[21] = list.stream().filter(p -> p.ageIn(y) >= 65
        && in(p, PreventionAct.FLU_VACCINATION, LocalDate.of(y - 1, 7, 1), LocalDate.of(y, 7, 1))).count();
    return v;
  }

  private static boolean in(PatientRecord p, PreventionAct act, LocalDate from, LocalDate to) {
    return p.lastAct(act).filter(d -> !d.isBefore(from) && d.isBefore(to)).isPresent();
  }
}
