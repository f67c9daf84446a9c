package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.Mission;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One funding line of a contract year: its envelope (the most it can pay that year) and what was earned,
 * each known or explicitly unknown, with rule, version and sources. Immutable.
 *
 * @param item the funding line
 * @param mission the mission, if any
 * @param envelope the maximum for the year
 * @param earned what the year earned
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FundingLine(FundingItem item, @Nullable Mission mission, Amount envelope, Amount earned) {

  /**
   * @param item the item
   * @param mission the mission, or null
   * @param envelope the maximum
   * @param earned what was earned
   * @throws NullPointerException if a required component is null
   */
  public FundingLine {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(earned, "earned");
  }

  /** @return {@code ITEM} or {@code ITEM MISSION} */
  public String name() {
    return mission == null ? item.name() : item.name() + " " + mission.name();
  }
}
