package io.github.cptssdk.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValuesTest {

  private static final DateRange Y2025 = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));

  @Test
  void rateIsExactlyRoundedAndAbsentWithoutDenominator() {
    IndicatorResult r = new IndicatorResult(Indicator.NO_MT_ALD, 1, 3, Y2025, Indicator.DEFINITION_VERSION);
    assertThat(r.rate()).contains(new BigDecimal("0.333333"));
    assertThat(new IndicatorResult(Indicator.PATHWAYS_WRITTEN, 4, 0, Y2025, "x").rate()).isEmpty();
  }

  @Test
  void resultRejectsImpossibleCounts() {
    assertThatThrownBy(() -> new IndicatorResult(Indicator.NO_MT_ALD, 4, 3, Y2025, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IndicatorResult(Indicator.NO_MT_ALD, -1, 3, Y2025, "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evolutionAgainstTheRoviraAldTarget() {
    // aci-cpts.md 5.3: ALD without MT, baseline 219, top tier at 50 or fewer.
    IndicatorResult r = new IndicatorResult(Indicator.NO_MT_ALD, 120, 2000, Y2025, "x");
    Evolution e = Evolution.of(r, Evolution.Basis.COUNT, BigDecimal.valueOf(219), BigDecimal.valueOf(50));
    assertThat(e.change()).isEqualByComparingTo("-99");
    assertThat(e.targetMet()).isFalse();
    assertThat(e.progress()).contains(new BigDecimal("0.5858"));
    assertThat(Evolution.of(r.withNumerator(50), Evolution.Basis.COUNT, BigDecimal.valueOf(219), BigDecimal.valueOf(50)).targetMet()).isTrue();
  }

  @Test
  void catalogueIsConsistent() {
    for (Indicator i : Indicator.values()) {
      assertThat(i.source()).isNotBlank();
      assertThat(i.numerator()).isNotBlank();
      assertThat(i.kind() == Indicator.Kind.RESULT).isEqualTo(i.measure() == Indicator.Measure.RATE);
      if (i.measure() == Indicator.Measure.RATE) {
        assertThat(i.population()).isNotBlank();
      }
    }
    assertThat(Indicator.MT_16_PLUS.suppressionGroup()).isEqualTo(Indicator.NO_MT_16_PLUS.suppressionGroup());
  }

  @Test
  void patientRecordNeverPrintsItsData() {
    PatientRecord p = PatientRecord.of("secret-id", 1950, Sex.FEMALE, io.github.cptssdk.core.id.CommuneCode.parse("34301"));
    assertThat(p.toString()).doesNotContain("secret").doesNotContain("34301").doesNotContain("1950");
  }
}
