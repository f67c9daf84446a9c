package io.github.cptssdk.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.testing.NaiveIndicators;
import io.github.cptssdk.indicators.testing.PatientArbitraries;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The streaming engine equals the naive oracle for any input and any split of it. */
class EngineDifferentialTest {

  private static IndicatorEngine engine(Map<CptsId, Territory> territories) {
    return IndicatorEngine.builder().referential(TestReferential.get()).territories(territories)
        .year(PatientArbitraries.YEAR).build();
  }

  @Provide
  Arbitrary<List<PatientRecord>> patients() {
    return PatientArbitraries.patients(TestReferential.get()).list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<Map<CptsId, Territory>> territories() {
    return PatientArbitraries.territories(TestReferential.get());
  }

  @Property(tries = 150)
  void collectorEqualsNaive(@ForAll("patients") List<PatientRecord> patients, @ForAll("territories") Map<CptsId, Territory> t) {
    assertEqualsNaive(engine(t).compute(patients.stream()), patients, t);
  }

  @Property(tries = 100)
  void anySplitEqualsNaive(@ForAll("patients") List<PatientRecord> patients, @ForAll("territories") Map<CptsId, Territory> t,
      @ForAll("cuts") List<Integer> cuts) {
    IndicatorEngine engine = engine(t);
    List<Integer> points = new ArrayList<>(cuts.stream().map(c -> c % (patients.size() + 1)).sorted().toList());
    points.add(0, 0);
    points.add(patients.size());
    IndicatorAccumulator total = engine.newAccumulator();
    for (int k = points.size() - 1; k > 0; k--) {
      IndicatorAccumulator part = engine.newAccumulator();
      patients.subList(points.get(k - 1), points.get(k)).forEach(part::accept);
      total = part.combine(total);
    }
    assertEqualsNaive(total.report(), patients, t);
    assertEqualsNaive(engine.compute(patients.parallelStream()), patients, t);
  }

  @Property(tries = 100)
  void batchEqualsNaive(@ForAll("patients") List<PatientRecord> patients, @ForAll("territories") Map<CptsId, Territory> t,
      @ForAll("splits") int splits) {
    IndicatorEngine engine = engine(t);
    PatientBatch.Builder b = PatientBatch.builder(engine.dictionary(), 4);
    patients.stream().filter(p -> p.birthYear() >= 1850).forEach(p -> b.add(engine.dictionary().indexOf(p.commune().value()),
        p.birthYear(), flags(p), day(p, PreventionAct.FLU_VACCINATION), day(p, PreventionAct.COLORECTAL_SCREENING),
        day(p, PreventionAct.BREAST_SCREENING), day(p, PreventionAct.CERVICAL_SCREENING)));
    assertEqualsNaive(engine.compute(b.build(), splits), patients, t);
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 1000).list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<Integer> splits() {
    return Arbitraries.integers().between(1, 7);
  }

  private static int flags(PatientRecord p) {
    return (p.sex() == Sex.FEMALE ? PatientBatch.FEMALE : 0) | (p.hasTreatingDoctor() ? PatientBatch.HAS_MT : 0)
        | (p.ald() ? PatientBatch.ALD : 0) | (p.c2s() ? PatientBatch.C2S : 0);
  }

  private static char day(PatientRecord p, PreventionAct act) {
    return p.lastAct(act).map(PatientBatch::encode).orElse((char) 0);
  }

  static void assertEqualsNaive(IndicatorReport report, List<PatientRecord> patients, Map<CptsId, Territory> t) {
    NaiveIndicators naive = new NaiveIndicators(PatientArbitraries.YEAR);
    Map<String, List<PatientRecord>> byArea = NaiveIndicators.byArea(patients, t, TestReferential.get());
    assertThat(report.areas()).hasSize(byArea.size());
    report.unmasked().forEach((area, results) -> {
      List<PatientRecord> ofArea = byArea.get(area.toString());
      assertThat(ofArea).as("area %s", area).isNotNull();
      for (IndicatorResult r : results) {
        if (r.indicator().isFromPatients()) {
          long[] expected = naive.compute(r.indicator(), ofArea);
          assertThat(new long[] {r.numerator(), r.denominator()}).as("%s %s", area, r.indicator()).containsExactly(expected);
        }
      }
    });
  }
}
