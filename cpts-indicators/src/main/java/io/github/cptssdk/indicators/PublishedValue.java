package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * A value as it may be published: numerator, denominator and rate are absent when the cell is masked
 * by small-count suppression.
 *
 * @param indicator the indicator
 * @param numerator the count, absent if masked
 * @param denominator the population, absent if masked or for a count
 * @param rate the share, absent if masked or for a count
 * @param suppression whether and why the cell is masked
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PublishedValue(
    Indicator indicator, OptionalLong numerator, OptionalLong denominator, Optional<BigDecimal> rate, Suppression suppression) {

  /** Why a cell is masked. */
  public enum Suppression {
    /** Published. */
    NONE,
    /** A numerator, denominator or their difference is under the threshold. */
    PRIMARY,
    /** Masked so that a primary cell cannot be computed back from published cells. */
    SECONDARY;

    /** @return true if the cell is masked */
    public boolean masked() {
      return this != NONE;
    }
  }

  /**
   * Checks the components.
   *
   * @param indicator the indicator
   * @param numerator the count, empty if masked
   * @param denominator the population, empty if masked or for a count
   * @param rate the share, empty if masked or for a count
   * @param suppression whether and why the cell is masked
   * @throws NullPointerException if a component is null
   */
  public PublishedValue {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(suppression, "suppression");
  }

  /**
   * The published form of an unmasked result: use only for a cell the suppression left visible.
   *
   * @param r the result
   * @return its values, {@link Suppression#NONE}
   */
  public static PublishedValue of(IndicatorResult r) {
    boolean rate = r.indicator().measure() == Indicator.Measure.RATE;
    return new PublishedValue(r.indicator(), OptionalLong.of(r.numerator()),
        rate ? OptionalLong.of(r.denominator()) : OptionalLong.empty(), r.rate(), Suppression.NONE);
  }

  /**
   * A masked cell: no numerator, denominator nor rate.
   *
   * @param indicator the indicator
   * @param why why it is masked
   * @return the masked cell
   */
  public static PublishedValue masked(Indicator indicator, Suppression why) {
    return new PublishedValue(indicator, OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), why);
  }
}
