package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.indicators.SuppressionPolicy;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * A count or a number of days of the desk's report, masked when it rests on fewer people than the
 * {@link SuppressionPolicy} threshold (a count from 1 to threshold − 1; a delay computed on fewer requests).
 * {@link #toString()} never shows a masked value. Immutable.
 *
 * @param value the value (also kept when masked, for {@link #unmasked()})
 * @param masked whether it must not be published
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DeskCount(long value, boolean masked) {

  /**
   * @param count a count of people
   * @param policy the suppression policy
   * @return the count, masked from 1 to threshold − 1 (0 is published)
   */
  public static DeskCount of(long count, SuppressionPolicy policy) {
    return new DeskCount(count, count > 0 && count < policy.threshold());
  }

  /** @return the value if publishable, else empty */
  public OptionalLong published() {
    return masked ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** @return the value even when masked: for the CPTS's own review, never to publish */
  public long unmasked() {
    return value;
  }

  /** @return the value, or {@code masked} */
  @Override
  public String toString() {
    return masked ? "masked" : Long.toString(value);
  }
}
