package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A tier of a RESULT line: the amount earned once the result reaches {@code threshold} in the direction
 * of the target (at most the threshold when the target is below the baseline, at least otherwise).
 * Example (contract-rovira): ALD patients without a médecin traitant, baseline 219: tiers (219, 3 000),
 * (100, 6 000), (50, 9 000). Immutable.
 *
 * @param threshold the result to reach
 * @param amount what it pays (the best tier reached pays, tiers do not add up)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Tier(BigDecimal threshold, Euros amount) {

  /**
   * @param threshold the result to reach
   * @param amount what it pays
   * @throws NullPointerException if a component is null
   */
  public Tier {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(amount, "amount");
  }

  /**
   * @param threshold the result to reach
   * @param euros what it pays, in whole euros
   * @return the tier
   */
  public static Tier of(long threshold, long euros) {
    return new Tier(BigDecimal.valueOf(threshold), Euros.of(euros));
  }
}
