package io.github.cptssdk.benchmarks;

import io.github.cptssdk.benchmarks.fhir.FhirRegionBenchmark;
import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.AttainmentFormula;
import io.github.cptssdk.core.aci.ContractMission;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.IndicatorResult;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.aci.Tier;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.json.contract.ContractJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Contract-year funding calculations per second on one thread, with results, for three contract shapes:
 * {@code all6} (the six missions, 18 indicator lines), {@code core4} (the four core missions of avenant 2,
 * 12 indicator lines: the minimum a contract commits to since avenant 2) and {@code sete} (the example
 * contract, see {@link #shape}); against a baseline that
 * only sums the same lines' amounts.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar FundingBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FundingBenchmark {

  private AciFunding funding;
  private AciContract contract;
  private YearResults results;
  private int year = 2;

  /**
   * {@code all6}: every mission; {@code core4}: ACCESS_TO_CARE, CARE_PATHWAYS, PREVENTION, HEALTH_CRISIS;
   * {@code sete}: the example contract and its year-3 results ({@code examples/data}, 5 missions, 15 lines).
   */
  @Param({"all6", "core4", "sete"})
  public String shape;

  @Setup
  public void setUp() {
    funding = AciFunding.official();
    if (shape.equals("sete")) {
      contract = ContractJson.readContract(FhirRegionBenchmark.file("examples/data/contract-sete.json"));
      results = ContractJson.readResults(FhirRegionBenchmark.file("examples/data/contract-sete-results-year3.json"));
      year = 3;
      return;
    }
    LocalDate signed = LocalDate.of(2023, 3, 15);
    List<ContractMission> missions = new ArrayList<>();
    List<IndicatorResult> res = new ArrayList<>();
    int k = 0;
    for (Mission m : Mission.values()) {
      if (shape.equals("core4") && (m == Mission.QUALITY_RELEVANCE || m == Mission.PROFESSIONAL_SUPPORT)) {
        continue;
      }
      List<IndicatorLine> lines = new ArrayList<>();
      for (int i = 0; i < 3; i++, k++) {
        String id = "l" + k;
        lines.add(line(id, i));
        res.add(i == 0 ? IndicatorResult.proven(id, true) : IndicatorResult.measured(id, BigDecimal.valueOf(130)));
      }
      missions.add(new ContractMission(m, signed.plusMonths(2), Euros.of(20_000 + 5_000L * m.ordinal()), lines));
    }
    contract = new AciContract(CptsId.of("cpts-bench"), signed, SizeBand.SIZE_3, null, Euros.of(75_000),
        Euros.of(75_000), null, null, Euros.of(67_500), AttainmentFormula.LINEAR, missions);
    results = YearResults.of(res, false);
  }

  private static IndicatorLine line(String id, int i) {
    if (i == 0) {
      return IndicatorLine.action(id, "action", Euros.of(5_000));
    }
    if (i == 1) {
      return IndicatorLine.result(id, "result", BigDecimal.valueOf(100), BigDecimal.valueOf(200), Euros.of(3_000));
    }
    return IndicatorLine.tiered(id, "tiers", BigDecimal.valueOf(219), BigDecimal.valueOf(50),
        List.of(Tier.of(219, 3_000), Tier.of(100, 6_000), Tier.of(50, 9_000)));
  }

  /** One contract year computed in full: lines with provenance and the dated payments. */
  @Benchmark
  public ContractYearFunding contractYear() {
    return funding.year(contract, year, results);
  }

  /** Baseline: a trivial sum of the same amounts (fixed parts and indicator lines). */
  @Benchmark
  public long baselineSumOfLines() {
    long cents = centsOf(contract.operatingYearly());
    for (ContractMission m : contract.missions()) {
      cents += centsOf(m.fixedAmount());
      for (IndicatorLine l : m.indicators()) {
        cents += centsOf(l.amount());
      }
    }
    return cents;
  }

  private static long centsOf(Euros e) {
    return e == null ? 0 : e.cents();
  }
}
