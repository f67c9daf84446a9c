package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Small-count suppression: a published cell whose numerator, denominator or their difference is
 * under {@code threshold} is masked (primary suppression), and further cells are masked so that no
 * masked cell is a linear combination of published ones (secondary suppression). The default
 * threshold is 11: counts 1 to 10 are never published (SNDS rule of small numbers).
 *
 * @param threshold the smallest count that may be published
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuppressionPolicy(int threshold) {

  /** Threshold 11. */
  public static final SuppressionPolicy DEFAULT = new SuppressionPolicy(11);

  /**
   * Checks the threshold.
   *
   * @param threshold the smallest count that may be published
   * @throws IllegalArgumentException if the threshold is under 1
   */
  public SuppressionPolicy {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
  }

  /**
   * A policy with the given threshold.
   *
   * @param threshold the smallest count that may be published, at least 1
   * @return the policy
   * @throws IllegalArgumentException if the threshold is under 1
   */
  public static SuppressionPolicy of(int threshold) {
    return new SuppressionPolicy(threshold);
  }

  /**
   * A copy with another threshold.
   *
   * @param value the smallest count that may be published, at least 1
   * @return the new policy
   * @throws IllegalArgumentException if the threshold is under 1
   */
  public SuppressionPolicy withThreshold(int value) {
    return new SuppressionPolicy(value);
  }
}
