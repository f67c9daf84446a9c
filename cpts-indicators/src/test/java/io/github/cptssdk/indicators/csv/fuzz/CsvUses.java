package io.github.cptssdk.indicators.csv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.testing.Uses;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.util.List;
import java.util.Map;

/**
 * What a user runs on the rows that a patient or event CSV read accepted (issue 17, "accepted, then used"): the
 * engine of {@code ./cpts indicators} with two CPTS territories, its report of every area, the suppression
 * invariant, the trends. Shared by {@code CsvFuzzTest} and the cross-module suites of examples.
 */
public final class CsvUses {

  /** Two CPTS over the test referential (one with an arrondissement), as the CLI's {@code --territories}. */
  public static final IndicatorEngine ENGINE = IndicatorEngine.builder().referential(TestReferential.get())
      .territories(Map.of(CptsId.of("cpts-a"), Territory.of(CsvSamples.COMMUNES.subList(0, 4)),
          CptsId.of("cpts-b"), Territory.of(CsvSamples.COMMUNES.subList(2, CsvSamples.COMMUNES.size()))))
      .year(2024).build();
  private static final IndicatorReport EMPTY = ENGINE.newAccumulator().report();
  /** What a user runs on the rows a read accepted: the report of every area, suppressed, and its trends. */
  public static final Uses<IndicatorAccumulator> USES = Uses.<IndicatorAccumulator>none().sampled(3, "report of every area", a -> {
    IndicatorReport report = a.report();
    assertThat(report.areas()).isNotEmpty();
    for (Area area : report.areas()) {
      suppressed(report.published(area), report.unmasked(area), report.policy());
    }
  }).sampled(12, "threshold 20 and trends", a -> {
    IndicatorReport report = a.report().withPolicy(SuppressionPolicy.DEFAULT.withThreshold(20));
    for (Area area : report.areas()) {
      suppressed(report.published(area), report.unmasked(area), report.policy());
      assertThat(report.trends(area, EMPTY)).isNotNull();
    }
  });

  private CsvUses() {}

  /**
   * Small-count suppression holds on a report read from an accepted file: every patient-level cell published has a
   * numerator, a denominator and a difference at the threshold or over, and equals its unmasked value.
   */
  public static void suppressed(List<PublishedValue> published, List<IndicatorResult> unmasked, SuppressionPolicy policy) {
    assertThat(published).hasSameSizeAs(unmasked);
    for (int i = 0; i < published.size(); i++) {
      PublishedValue p = published.get(i);
      IndicatorResult r = unmasked.get(i);
      assertThat(p.indicator()).isEqualTo(r.indicator());
      if (p.suppression().masked()) {
        assertThat(p.numerator()).isEmpty();
      } else {
        assertThat(p).isEqualTo(PublishedValue.of(r));
        if (r.indicator().isPatientLevel()) {
          assertThat(r.numerator()).as("numerator published").isGreaterThanOrEqualTo(policy.threshold());
          if (r.indicator().measure() == Indicator.Measure.RATE) {
            assertThat(r.denominator()).as("denominator published").isGreaterThanOrEqualTo(policy.threshold());
            assertThat(r.denominator() - r.numerator()).as("difference published").isGreaterThanOrEqualTo(policy.threshold());
          }
        }
      }
    }
  }

}
