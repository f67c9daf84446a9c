package io.github.cptssdk.benchmarks.indicators;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The full indicator set for every area (1 255 CPTS = the EPCI, the departments and regions) over 10
 * million synthetic rows of France: the Java engine in memory (columnar batch, 2 splits) and from CSV,
 * against DuckDB on a preloaded table and with {@code read_csv} on the same file. Scores are rows per
 * second. The setup checks that DuckDB and the engine give the same counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class IndicatorBenchmark {

  static final int ROWS = 10_000_000;

  private IndicatorEngine engine;
  private PatientBatch batch;
  private Path csv;
  private DuckDbIndicators duck;

  @Setup(Level.Trial)
  public void setup() throws Exception {
    CommuneReferential r = BenchData.referential();
    CommuneDictionary dict = CommuneDictionary.of(r);
    engine = BenchData.engine(r, dict);
    SyntheticPopulation pop = BenchData.population(r, ROWS);
    batch = pop.toBatch(dict);
    csv = BenchData.csv(pop, ROWS);
    duck = new DuckDbIndicators(BenchData.areaMap(r), 2);
    duck.preload(csv);
    check(engine.compute(batch, 2), duck.compute("patients", BenchData.YEAR));
  }

  private static void check(IndicatorReport report, Map<String, long[]> sql) {
    for (Map.Entry<Area, List<IndicatorResult>> e : report.unmasked().entrySet()) {
      String key = e.getKey().level().name().toLowerCase(Locale.ROOT) + ":"
          + (e.getKey().level() == Area.Level.CPTS ? e.getKey().code().substring(5) : e.getKey().code());
      long[] v = sql.getOrDefault(key, new long[22]);
      for (Indicator i : Indicator.values()) {
        if (i.isFromPatients()) {
          IndicatorResult res = e.getValue().get(i.ordinal());
          if (res.denominator() != v[2 * i.ordinal()] || res.numerator() != v[2 * i.ordinal() + 1]) {
            throw new IllegalStateException("DuckDB and the engine differ on " + key + " " + i);
          }
        }
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    duck.close();
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public IndicatorReport javaInMemory() {
    return engine.compute(batch, 2);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public IndicatorReport javaFromCsv() {
    IndicatorAccumulator acc = engine.newAccumulator();
    PatientCsvReader.of(engine.dictionary()).withDuplicateCheck(false).withParallelism(1).read(csv, acc);
    return acc.report();
  }

  /** The same read on every available processor (parallel byte ranges). */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public IndicatorReport javaFromCsvParallel() {
    IndicatorAccumulator acc = engine.newAccumulator();
    PatientCsvReader.of(engine.dictionary()).withDuplicateCheck(false).read(csv, acc);
    return acc.report();
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public Map<String, long[]> duckDbPreloaded() throws Exception {
    return duck.compute("patients", BenchData.YEAR);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public Map<String, long[]> duckDbReadCsv() throws Exception {
    return duck.compute(DuckDbIndicators.readCsv(csv), BenchData.YEAR);
  }
}
