package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The unmasked value of one indicator for one area: immutable. For a {@link Indicator.Measure#COUNT}
 * the denominator is 0 and there is no rate.
 *
 * @param indicator the indicator
 * @param numerator the count
 * @param denominator the population (0 for counts)
 * @param period the period observed
 * @param definitionVersion {@link Indicator#DEFINITION_VERSION} of the rules that produced it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record IndicatorResult(
    Indicator indicator, long numerator, long denominator, DateRange period, String definitionVersion) {

  /** Scale of {@link #rate()}: 6 decimals (a share, 0.123456). */
  public static final int RATE_SCALE = 6;

  /**
   * Checks the counts.
   *
   * @param indicator the indicator
   * @param numerator the count
   * @param denominator the population (0 for counts)
   * @param period the period observed
   * @param definitionVersion the version of the definitions
   * @throws NullPointerException if indicator, period or definitionVersion is null
   * @throws IllegalArgumentException if a count is negative or, for a rate, the numerator exceeds the
   *     denominator
   */
  public IndicatorResult {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(definitionVersion, "definitionVersion");
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (indicator.measure() == Indicator.Measure.RATE && numerator > denominator) {
      throw new IllegalArgumentException("numerator must not exceed denominator");
    }
  }

  /**
   * A copy with another numerator.
   *
   * @param value the new numerator
   * @return the copy
   * @throws IllegalArgumentException if the value is negative or, for a rate, exceeds the denominator
   */
  public IndicatorResult withNumerator(long value) {
    return new IndicatorResult(indicator, value, denominator, period, definitionVersion);
  }

  /** @return numerator / denominator rounded half-even to {@link #RATE_SCALE} decimals; empty if no denominator */
  public Optional<BigDecimal> rate() {
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), RATE_SCALE, RoundingMode.HALF_EVEN));
  }
}
