package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.Mission;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One line of a version's rule data: an item, optionally a mission and a size band, a value (null when
 * unknown), its evidence status, source keys and a note. Immutable.
 *
 * @param item the item ({@link FundingItem#MISSION_FIXED}, {@link VersionItem#SIZE_BAND}, ...)
 * @param mission the mission it concerns, if any
 * @param size the size band it concerns, if any
 * @param value the value as written in the data file, null when unknown
 * @param status evidence status
 * @param sources source keys of aci-cpts.md
 * @param note free text
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Figure(RuleItem item, @Nullable Mission mission, @Nullable SizeBand size, @Nullable String value,
    EvidenceStatus status, List<String> sources, String note) {

  /**
   * @param item the item
   * @param mission the mission, or null
   * @param size the size band, or null
   * @param value the value, or null
   * @param status the status
   * @param sources the source keys (copied)
   * @param note the note
   * @throws NullPointerException if a required component is null
   */
  public Figure {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(status, "status");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(note, "note");
  }

  /**
   * @param anItem an item
   * @param aMission a mission, or null
   * @param aSize a size band, or null
   * @return true if the line concerns {@code anItem}, {@code aMission} and {@code aSize} (nulls must match nulls)
   */
  public boolean is(RuleItem anItem, @Nullable Mission aMission, @Nullable SizeBand aSize) {
    return item == anItem && mission == aMission && size == aSize;
  }

  /** @return the value as euros, or null when unknown */
  public @Nullable Euros euros() {
    return value == null ? null : Euros.parse(value);
  }

  @Override
  public String toString() {
    return String.join("\t", item.name(), mission == null ? "-" : mission.name(), size == null ? "-" : size.name(),
        value == null ? "-" : value, status.name(), sources.isEmpty() ? "-" : String.join(",", sources), note);
  }
}
