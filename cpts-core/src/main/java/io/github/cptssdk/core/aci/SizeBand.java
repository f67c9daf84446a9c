package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Population size category of a CPTS territory (taille 1 to 4), which sets the ACI funding amounts.
 * The population bounds of each band are data of the agreement version, not of this enum.
 */
@API(status = STABLE, since = "0.1")
public enum SizeBand {
  /** Taille 1. */
  SIZE_1,
  /** Taille 2. */
  SIZE_2,
  /** Taille 3. */
  SIZE_3,
  /** Taille 4. */
  SIZE_4;

  /**
   * @param text {@code SIZE_3}, {@code size_3} or {@code 3} (the form of {@link #name()} or of {@link #number()})
   * @return the size band
   * @throws IllegalArgumentException naming the text and the accepted forms if it is none of them
   */
  public static SizeBand parse(String text) {
    String s = Objects.requireNonNull(text, "text").strip().toUpperCase(Locale.ROOT);
    for (SizeBand b : values()) {
      if (b.name().equals(s) || String.valueOf(b.number()).equals(s)) {
        return b;
      }
    }
    throw new IllegalArgumentException("size band [" + text + "]: expected SIZE_1 to SIZE_4, or 1 to 4");
  }

  /** @return 1 to 4 */
  public int number() {
    return ordinal() + 1;
  }

  /** @return "Taille 1" ... "Taille 4" */
  public String labelFr() {
    return "Taille " + number();
  }
}
