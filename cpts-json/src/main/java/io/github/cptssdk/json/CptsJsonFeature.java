package io.github.cptssdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Behaviour switches of {@link CptsJsonCodec}, each with a documented default. Enable or disable them
 * with {@link CptsJsonCodec#with(CptsJsonFeature...)} and {@link CptsJsonCodec#without(CptsJsonFeature...)}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CptsJsonFeature {

  /** Indent the written document (default: enabled). Disabled: one line. */
  PRETTY_PRINT(true),

  /**
   * Reject a document without a top-level {@code "format"} (CPTS-0318) (default: enabled). Disabled: a
   * document without it is read as {@code cpts-document/1}. A wrong format is always rejected (CPTS-0319).
   */
  REQUIRE_FORMAT(true),

  /** Reject an object with the same property twice (CPTS-0317) (default: enabled). */
  FAIL_ON_DUPLICATE_PROPERTIES(true),

  /**
   * Write {@code professionals}, {@code organisations} and {@code missions} even when empty, as
   * {@code []} (default: enabled). Disabled: empty lists are left out; readers treat a missing list as
   * empty either way.
   */
  WRITE_EMPTY_LISTS(true);

  private final boolean enabledByDefault;

  CptsJsonFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /** @return whether the feature is on unless changed */
  public boolean enabledByDefault() {
    return enabledByDefault;
  }
}
