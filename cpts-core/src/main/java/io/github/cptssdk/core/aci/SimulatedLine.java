package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.Mission;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One line of a simulation: the maximum of a funding item, known or explicitly unknown. One-off lines
 * (paid at signature or before the contract) are shown but not counted in the annual total. Immutable.
 *
 * @param item the funding item
 * @param mission the mission, if any
 * @param amount the maximum annual (or one-off) amount
 * @param annual true if it counts in the annual total
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SimulatedLine(FundingItem item, @Nullable Mission mission, Amount amount, boolean annual) {

  /**
   * @param item the item
   * @param mission the mission, or null
   * @param amount the amount
   * @param annual whether annual
   * @throws NullPointerException if a required component is null
   */
  public SimulatedLine {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(amount, "amount");
  }

  /** @return {@code ITEM} or {@code ITEM MISSION} */
  public String name() {
    return mission == null ? item.name() : item.name() + " " + mission.name();
  }
}
