package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * The published value of one indicator in two reports of the same area (typically year N-1 and year
 * N) and its evolution. Only published values are compared: if either cell is masked, there is no
 * change ({@link Movement#UNKNOWN}), so that a difference never reveals a masked count. Immutable.
 *
 * @param indicator the indicator
 * @param previous its published value in the earlier report
 * @param current its published value in the later report
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Trend(Indicator indicator, PublishedValue previous, PublishedValue current) {

  /** Which way the indicator moved, in its {@link Indicator#direction() direction of improvement}. */
  public enum Movement {
    /** Moved in the direction of improvement. */
    BETTER,
    /** Did not move. */
    STABLE,
    /** Moved against the direction of improvement. */
    WORSE,
    /** A value is masked (or a rate has no denominator): the movement is not published. */
    UNKNOWN
  }

  /**
   * Checks that both values are of the indicator.
   *
   * @param indicator the indicator
   * @param previous its value in the earlier report
   * @param current its value in the later report
   * @throws IllegalArgumentException if the two values are not of {@code indicator}
   */
  public Trend {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    if (previous.indicator() != indicator || current.indicator() != indicator) {
      throw new IllegalArgumentException("previous and current must be values of the indicator");
    }
  }

  /** @return current minus previous numerator; empty if either is masked */
  public OptionalLong numeratorChange() {
    if (previous.numerator().isEmpty() || current.numerator().isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(current.numerator().getAsLong() - previous.numerator().getAsLong());
  }

  /** @return current minus previous rate (a share: 0.012 is +1.2 points); empty if either is absent */
  public Optional<BigDecimal> rateChange() {
    if (previous.rate().isEmpty() || current.rate().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(current.rate().get().subtract(previous.rate().get()));
  }

  /** @return the movement of the rate (of the count for {@link Indicator.Measure#COUNT} indicators) */
  public Movement movement() {
    Optional<BigDecimal> change = indicator.measure() == Indicator.Measure.RATE ? rateChange()
        : numeratorChange().stream().mapToObj(BigDecimal::valueOf).findFirst();
    if (change.isEmpty()) {
      return Movement.UNKNOWN;
    }
    int sign = change.get().signum() * (indicator.direction() == Indicator.Direction.HIGHER_IS_BETTER ? 1 : -1);
    return sign > 0 ? Movement.BETTER : sign < 0 ? Movement.WORSE : Movement.STABLE;
  }
}
