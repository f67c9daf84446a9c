package io.github.cptssdk.core.aci.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.aci.AttainmentFormula;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.IndicatorResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.testing.AciArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The attainment formula and the cent arithmetic against plain BigDecimal oracles; computations are repeatable. */
class AttainmentPropertiesTest {

  @Property(tries = 300)
  void linearScoreOfWholeNumbersIsTheExactProportionRoundedDown(@ForAll @IntRange(min = -500, max = 500) int baseline,
      @ForAll @IntRange(min = -500, max = 500) int target, @ForAll @IntRange(min = -700, max = 700) int value,
      @ForAll @LongRange(min = 0, max = 10_000_000) long cents) {
    if (baseline == target) {
      return;
    }
    IndicatorLine line = IndicatorLine.result("l", "r", BigDecimal.valueOf(baseline), BigDecimal.valueOf(target),
        Euros.ofCents(cents));
    Euros e = Attainment.earnedOrNull(line, IndicatorResult.measured("l", BigDecimal.valueOf(value)),
        AttainmentFormula.LINEAR, false);
    BigDecimal ratio = BigDecimal.valueOf(value - baseline).divide(BigDecimal.valueOf(target - baseline), 20,
        RoundingMode.DOWN).max(BigDecimal.ZERO).min(BigDecimal.ONE);
    long expected = BigDecimal.valueOf((long) (value - baseline) * cents)
        .divide(BigDecimal.valueOf(target - baseline), 0, RoundingMode.DOWN).max(BigDecimal.ZERO).longValueExact();
    assertThat(e).isEqualTo(ratio.signum() == 0 ? Euros.ZERO
        : ratio.compareTo(BigDecimal.ONE) == 0 ? Euros.ofCents(cents) : Euros.ofCents(expected));
  }

  @Property(tries = 300)
  void linearScoreOfHugeAmountsIsExactNotAnOverflow(@ForAll @IntRange(min = 1, max = 999_999_998) int value,
      @ForAll @LongRange(min = 9_000_000_000L, max = Long.MAX_VALUE / 2) long cents) {
    IndicatorLine line = IndicatorLine.result("l", "r", BigDecimal.ZERO, BigDecimal.valueOf(999_999_999),
        Euros.ofCents(cents));
    Euros e = Attainment.earnedOrNull(line, IndicatorResult.measured("l", BigDecimal.valueOf(value)),
        AttainmentFormula.LINEAR, false);
    long expected = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(value))
        .divide(BigDecimal.valueOf(999_999_999), 0, RoundingMode.DOWN).longValueExact();
    assertThat(e).isEqualTo(Euros.ofCents(expected));
  }

  @Property(tries = 300)
  void timesIsTheProductDividedTowardZero(@ForAll @LongRange(min = -5_000_000_000L, max = 5_000_000_000L) long cents,
      @ForAll @LongRange(min = 0, max = 1_000) long numerator, @ForAll @LongRange(min = 1, max = 3_000_000_000L) long denominator) {
    long expected = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(numerator))
        .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.DOWN).longValueExact();
    assertThat(Euros.ofCents(cents).times(numerator, denominator)).isEqualTo(Euros.ofCents(expected));
  }

  /** What is kept per contract gives the same year as a computation from scratch (another copy of the contract). */
  @Property(tries = 100)
  void reusedContractPartsGiveTheSameYear(@ForAll("contracts") AciContract c, @ForAll @IntRange(min = 1, max = 5) int year) {
    AciFunding funding = AciFunding.official();
    YearResults none = YearResults.none();
    ContractYearFunding first = funding.year(c, year, none);
    ContractYearFunding again = funding.year(c, year, none);
    ContractYearFunding allMet = funding.year(c, year, YearResults.allMet());
    AciContract copy = c.withMissions(new ArrayList<>(c.missions()));
    assertThat(again).isEqualTo(first);
    assertThat(allMet).isEqualTo(funding.year(copy, year, YearResults.allMet()));
  }

  @Provide
  Arbitrary<AciContract> contracts() {
    return AciArbitraries.contracts();
  }
}
