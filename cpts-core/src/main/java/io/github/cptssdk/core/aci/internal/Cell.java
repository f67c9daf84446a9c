package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Mission;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One cell of a version's funding table: an item, its mission (or none) and its size band (or none). */
public record Cell(FundingItem item, @Nullable Mission mission, @Nullable SizeBand size) {

  public Cell {
    Objects.requireNonNull(item, "item");
  }
}
