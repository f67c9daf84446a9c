package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.SizeBand;
import java.util.Optional;

/** The size band of a contract when it can be told, without throwing. */
final class SizeBandSafe {

  private SizeBandSafe() {}

  static Optional<SizeBand> size(AciContract c, AciVersion v) {
    if (c.size() != null) {
      return Optional.of(c.size());
    }
    Long p = c.population();
    return p == null || p < 0 ? Optional.empty() : Optional.of(v.sizeBand(p));
  }
}
