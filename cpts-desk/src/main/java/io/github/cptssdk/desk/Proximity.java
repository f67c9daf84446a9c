package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How near a GP's practice is to a request, by the territory's structure (nearest first). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Proximity {
  /** In the commune of residence. */
  SAME_COMMUNE,
  /** In another commune of the same EPCI. */
  SAME_EPCI,
  /** Elsewhere in the CPTS territory. */
  CPTS_TERRITORY
}
