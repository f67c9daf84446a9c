package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One value of the desk's report, to feed a contract indicator line (e.g. the ALD patients without a médecin
 * traitant: {@code BACKLOG:ALD}; the patients of 16 and over who found one: {@code FOUND_GP_16_PLUS}). Written
 * {@code KIND} or {@code KIND:FRAGILITY}; {@code parse(toString())} round-trips. Immutable.
 *
 * @param kind what is measured
 * @param fragility the fragility it is restricted to, or null for all requests
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DeskMeasure(Kind kind, @Nullable Fragility fragility) {

  /** What a measure counts. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** Requests received in the period. */
    RECEIVED,
    /** Requests whose médecin traitant was declared in the period. */
    FOUND_GP,
    /** Of those, patients aged 16 and over in the year of the declaration (no fragility restriction). */
    FOUND_GP_16_PLUS,
    /** Requests still without a médecin traitant at the end of the period. */
    BACKLOG,
    /** Median days from reception to declaration, for the declarations of the period. */
    MEDIAN_DAYS_TO_GP,
    /** 90th percentile of those days. */
    P90_DAYS_TO_GP
  }

  /**
   * @param kind the kind
   * @param fragility the fragility, or null
   * @throws IllegalArgumentException for a fragility on a kind without breakdown
   */
  public DeskMeasure {
    Objects.requireNonNull(kind, "kind");
    if (fragility != null && kind != Kind.RECEIVED && kind != Kind.FOUND_GP && kind != Kind.BACKLOG) {
      throw new IllegalArgumentException("only RECEIVED, FOUND_GP and BACKLOG have a breakdown by fragility");
    }
  }

  /**
   * @param kind the kind
   * @return the measure over all requests
   */
  public static DeskMeasure of(Kind kind) {
    return new DeskMeasure(kind, null);
  }

  /**
   * @param text {@code KIND} or {@code KIND:FRAGILITY}
   * @return the measure
   * @throws IllegalArgumentException if it names no measure
   */
  public static DeskMeasure parse(String text) {
    int colon = text.indexOf(':');
    return colon < 0 ? of(Kind.valueOf(text))
        : new DeskMeasure(Kind.valueOf(text.substring(0, colon)), Fragility.valueOf(text.substring(colon + 1)));
  }

  @Override
  public String toString() {
    return fragility == null ? kind.name() : kind + ":" + fragility;
  }
}
