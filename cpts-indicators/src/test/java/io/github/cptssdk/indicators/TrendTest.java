package io.github.cptssdk.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.indicators.Trend.Movement;
import io.github.cptssdk.indicators.testing.PatientArbitraries;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Year-on-year trends and target attainment are computed from published values only. */
class TrendTest {

  private static final DateRange YEAR = DateRange.parse("2025-01-01/2026-01-01");

  private static PublishedValue value(Indicator i, long num, long den) {
    return PublishedValue.of(new IndicatorResult(i, num, den, YEAR, Indicator.DEFINITION_VERSION));
  }

  @Example
  void movementFollowsTheDirectionOfImprovement() {
    Trend fewerWithoutMt = new Trend(Indicator.NO_MT_17_PLUS, value(Indicator.NO_MT_17_PLUS, 200, 1000),
        value(Indicator.NO_MT_17_PLUS, 150, 1000));
    assertThat(fewerWithoutMt.rateChange()).contains(new BigDecimal("-0.050000"));
    assertThat(fewerWithoutMt.numeratorChange()).hasValue(-50);
    assertThat(fewerWithoutMt.movement()).isEqualTo(Movement.BETTER);
    Trend lessScreening = new Trend(Indicator.BREAST_SCREENING, value(Indicator.BREAST_SCREENING, 500, 1000),
        value(Indicator.BREAST_SCREENING, 480, 1000));
    assertThat(lessScreening.movement()).isEqualTo(Movement.WORSE);
    Trend sameRate = new Trend(Indicator.BREAST_SCREENING, value(Indicator.BREAST_SCREENING, 500, 1000),
        value(Indicator.BREAST_SCREENING, 1000, 2000));
    assertThat(sameRate.movement()).isEqualTo(Movement.STABLE);
    assertThat(new Trend(Indicator.PREVENTION_EVENTS, value(Indicator.PREVENTION_EVENTS, 3, 0),
        value(Indicator.PREVENTION_EVENTS, 5, 0)).movement()).isEqualTo(Movement.BETTER);
  }

  @Example
  void aMaskedSideHidesTheChange() {
    Trend t = new Trend(Indicator.NO_MT_ALD, PublishedValue.masked(Indicator.NO_MT_ALD, PublishedValue.Suppression.PRIMARY),
        value(Indicator.NO_MT_ALD, 200, 1000));
    assertThat(t.numeratorChange()).isEmpty();
    assertThat(t.rateChange()).isEmpty();
    assertThat(t.movement()).isEqualTo(Movement.UNKNOWN);
    assertThatThrownBy(() -> new Trend(Indicator.NO_MT_ALD, value(Indicator.NO_MT_C2S, 1, 2), value(Indicator.NO_MT_ALD, 1, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void targetAttainmentOfAPublishedValue() {
    // aci-cpts.md 5.3 [contract-rovira]: people in ALD without MT, baseline 219, target 50 or fewer.
    PublishedValue now = value(Indicator.NO_MT_ALD, 120, 4000);
    Evolution e = Evolution.ofPublished(now, Evolution.Basis.COUNT, BigDecimal.valueOf(219), BigDecimal.valueOf(50)).orElseThrow();
    assertThat(e.change()).isEqualByComparingTo("-99");
    assertThat(e.targetMet()).isFalse();
    assertThat(e.progress()).contains(new BigDecimal("0.5858"));
    assertThat(Evolution.ofPublished(PublishedValue.masked(Indicator.NO_MT_ALD, PublishedValue.Suppression.SECONDARY),
        Evolution.Basis.COUNT, BigDecimal.valueOf(219), BigDecimal.valueOf(50))).isEmpty();
  }

  @Example
  void publishedValueFeedsAContractResultLine() {
    IndicatorLine line = IndicatorLine.result("acces-ald", "ALD sans MT", BigDecimal.valueOf(219), BigDecimal.valueOf(50),
        Euros.of(new BigDecimal("5000")));
    Evolution e = Evolution.ofPublished(value(Indicator.NO_MT_ALD, 48, 4000), Evolution.Basis.COUNT, line).orElseThrow();
    assertThat(e.targetMet()).isTrue();
    io.github.cptssdk.core.aci.IndicatorResult measured = e.toLineResult(line.id());
    assertThat(measured.lineId()).isEqualTo("acces-ald");
    assertThat(measured.value()).isEqualByComparingTo("48");
    assertThatThrownBy(() -> Evolution.ofPublished(value(Indicator.NO_MT_ALD, 48, 4000), Evolution.Basis.COUNT,
        IndicatorLine.action("a", "action", Euros.of(BigDecimal.ONE)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<List<PatientRecord>> patients() {
    return PatientArbitraries.patients(TestReferential.get()).list().ofMaxSize(150);
  }

  @Provide
  Arbitrary<Map<CptsId, Territory>> territories() {
    return PatientArbitraries.territories(TestReferential.get());
  }

  @Property(tries = 100)
  void trendsNeverUseAMaskedValue(@ForAll("patients") List<PatientRecord> before, @ForAll("patients") List<PatientRecord> now,
      @ForAll("territories") Map<CptsId, Territory> t) {
    IndicatorEngine engine = IndicatorEngine.builder().referential(TestReferential.get()).territories(t)
        .year(PatientArbitraries.YEAR).build();
    IndicatorReport previous = engine.withYear(PatientArbitraries.YEAR - 1).compute(before.stream());
    IndicatorReport current = engine.compute(now.stream());
    Map<Area, List<Trend>> trends = current.trends(previous);
    assertThat(trends.keySet()).containsExactlyElementsOf(current.areas());
    trends.forEach((area, list) -> {
      for (Trend trend : list) {
        int i = trend.indicator().ordinal();
        boolean masked = previous.published(area).get(i).suppression().masked() || current.published(area).get(i).suppression().masked();
        long expected = current.unmasked(area).get(i).numerator() - previous.unmasked(area).get(i).numerator();
        assertThat(trend.numeratorChange().isPresent()).isEqualTo(!masked);
        trend.numeratorChange().ifPresent(change -> assertThat(change).isEqualTo(expected));
        assertThat(trend.movement() == Movement.UNKNOWN).isEqualTo(masked || trend.current().rate().isEmpty()
            && trend.indicator().measure() == Indicator.Measure.RATE || trend.previous().rate().isEmpty()
            && trend.indicator().measure() == Indicator.Measure.RATE);
      }
    });
    assertThat(current.trends(current.areas().get(0), previous)).isEqualTo(trends.get(current.areas().get(0)));
    assertThat(Optional.of(engine.withYear(2020).year())).contains(2020);
  }
}
