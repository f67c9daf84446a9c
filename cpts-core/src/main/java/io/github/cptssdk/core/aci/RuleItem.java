package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The item of a line of a version's rule data file (its first column): a funding line ({@link FundingItem},
 * the cells of the funding tables) or a fact about the version itself ({@link VersionItem}: validity, size
 * bands, missions, features). A data file line whose item is neither is malformed.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface RuleItem permits FundingItem, VersionItem {

  /** @return the item as written in the data files, e.g. {@code MISSION_FIXED}, {@code SIZE_BAND} */
  String name();

  /**
   * @param name an item as written in a data file
   * @return the item of that name, or empty if no item has it (the names of the two kinds never clash)
   */
  static Optional<RuleItem> find(String name) {
    Objects.requireNonNull(name, "name");
    for (FundingItem i : FundingItem.values()) {
      if (i.name().equals(name)) {
        return Optional.of(i);
      }
    }
    for (VersionItem i : VersionItem.values()) {
      if (i.name().equals(name)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
