package io.github.cptssdk.core.territory.internal;

import io.github.cptssdk.core.territory.CommuneReferential;

/** Loads the bundled referential once. (Placeholder: implemented by the territory work.) */
public final class OfficialReferential {
  private OfficialReferential() {}

  public static CommuneReferential instance() {
    throw new UnsupportedOperationException("the official referential is not bundled yet");
  }
}
