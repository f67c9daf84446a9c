package io.github.cptssdk.benchmarks.desk;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.desk.AgeBand;
import io.github.cptssdk.desk.DeskMatcher;
import io.github.cptssdk.desk.DeskRequest;
import io.github.cptssdk.desk.Fragility;
import io.github.cptssdk.desk.GpCapacity;
import io.github.cptssdk.desk.MatchResult;
import io.github.cptssdk.desk.Origin;
import io.github.cptssdk.desk.PriorityRules;
import io.github.cptssdk.desk.RequestId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One matching of 100,000 waiting requests against 2,000 GPs (10 places each, one in ten restricted to adults or
 * without home visits) on the communes of Hérault (34), seeded; against a baseline that only ranks the same
 * requests (one pass computing each request's priority). Run:
 * {@code java -jar benchmarks/target/benchmarks.jar DeskMatchBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeskMatchBenchmark {

  private static final DateRange PERIOD = DateRange.ofClosed(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

  private DeskMatcher matcher;
  private List<DeskRequest> requests;
  private List<GpCapacity> capacities;

  @Setup
  public void setUp() {
    CommuneReferential referential = CommuneReferential.official();
    Territory territory = referential.departmentTerritory("34");
    List<CommuneCode> communes = new ArrayList<>(territory.communes());
    Random random = new Random(16);
    requests = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      Set<Fragility> flags = EnumSet.noneOf(Fragility.class);
      if (random.nextDouble() < 0.19) {
        flags.add(Fragility.ALD);
      }
      if (random.nextDouble() < 0.08) {
        flags.add(Fragility.C2S);
      }
      requests.add(DeskRequest.received(RequestId.parse("r" + i), communes.get(random.nextInt(communes.size())),
          1925 + random.nextInt(100), flags, Origin.CPAM, LocalDate.of(2024, 1, 1).plusDays(random.nextInt(420))));
    }
    capacities = new ArrayList<>();
    for (int g = 0; g < 2_000; g++) {
      GpCapacity c = GpCapacity.of(RppsNumber.withComputedKey(String.format("1%09d", g)),
          communes.get(random.nextInt(communes.size())), 10);
      capacities.add(g % 10 == 0 ? c.withAgeBands(EnumSet.of(AgeBand.FROM_16_TO_69, AgeBand.FROM_70)).withHomeVisits(false) : c);
    }
    matcher = DeskMatcher.of(referential, territory, PriorityRules.cnam());
  }

  @Benchmark
  public MatchResult match() {
    return matcher.match(requests, capacities, PERIOD);
  }

  /** Baseline: one pass ranking the same requests (their fragilities on the first day of the period). */
  @Benchmark
  public long baselineRankOnly() {
    PriorityRules rules = PriorityRules.cnam();
    long sum = 0;
    for (DeskRequest r : requests) {
      sum += rules.rank(r.fragilitiesOn(PERIOD.start()));
    }
    return sum;
  }
}
