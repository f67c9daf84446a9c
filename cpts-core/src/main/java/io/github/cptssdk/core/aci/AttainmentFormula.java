package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How a RESULT line without tiers is scored. No national formula exists (aci-cpts.md 7.11): it is
 * contract data. A RESULT line with tiers is always scored by its tiers.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AttainmentFormula {
  /**
   * Linear between baseline and target, capped to [0 %, 100 %]:
   * {@code attainment = clamp((result - baseline) / (target - baseline), 0, 1)}, earned =
   * {@code amount x attainment} rounded down to the cent. Works for targets below the baseline too.
   */
  LINEAR,
  /** All or nothing: the full amount once the target is reached, nothing before. */
  THRESHOLD
}
