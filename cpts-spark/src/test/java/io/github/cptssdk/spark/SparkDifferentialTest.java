package io.github.cptssdk.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.PatientRecord;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.indicators.testing.PatientArbitraries;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

/** The Spark report equals the in-memory report, area by area and value by value, for any population and partitioning. */
class SparkDifferentialTest {

  @Provide
  Arbitrary<List<PatientRecord>> populations() {
    return PatientArbitraries.patients(TestReferential.get()).list().ofMaxSize(50_000);
  }

  @Provide
  Arbitrary<Map<CptsId, Territory>> territories() {
    return PatientArbitraries.territories(TestReferential.get());
  }

  @Property(tries = 8, shrinking = ShrinkingMode.OFF)
  void sparkReportEqualsInMemoryReport(@ForAll("populations") List<PatientRecord> patients,
      @ForAll("territories") Map<CptsId, Territory> territories, @ForAll @IntRange(min = 1, max = 7) int partitions,
      @ForAll @IntRange(min = 1, max = 40) int threshold) {
    IndicatorEngine engine = IndicatorEngine.builder().referential(TestReferential.get()).territories(territories)
        .year(PatientArbitraries.YEAR).suppression(SuppressionPolicy.of(threshold)).build();
    IndicatorReport expected = engine.compute(patients.stream());
    SparkResult actual = SparkIndicators.of(engine, SharedSpark.get()).withPolicy(ErrorPolicy.SKIP).withDuplicateCheck(false)
        .compute(PatientRows.of(patients, partitions));
    assertThat(actual.patients().rejectedByCode()).isEmpty();
    assertThat(actual.patients().rows()).isEqualTo(patients.size());
    assertSame(actual.report(), expected);
  }

  static void assertSame(IndicatorReport actual, IndicatorReport expected) {
    assertThat(actual.year()).isEqualTo(expected.year());
    assertThat(actual.areas()).isEqualTo(expected.areas());
    for (Area area : expected.areas()) {
      assertThat(actual.unmasked(area)).as("unmasked %s", area).isEqualTo(expected.unmasked(area));
      assertThat(actual.published(area)).as("published %s", area).isEqualTo(expected.published(area));
    }
  }
}
