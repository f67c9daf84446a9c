package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Kind of an indicator line of a contract's variable part (aci-cpts.md 5.3). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum IndicatorKind {
  /** Paid in full when the action and its deliverables are proven. */
  ACTION,
  /** Paid by attainment of a target from a baseline, or by tiers. */
  RESULT
}
