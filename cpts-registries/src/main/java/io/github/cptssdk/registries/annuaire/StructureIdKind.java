package io.github.cptssdk.registries.annuaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the first character of a structure identifier ({@code Ancien identifiant de la structure})
 * means. Source: ANS SAS IG {@code input/pagecontent/faq.md}, via
 * ../shared/domain/registries-sas-spark.md section 1.5 item 5.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum StructureIdKind {
  /** {@code 0}: ADELI number and rank of the practice. */
  ADELI_RANK('0'),
  /** {@code 1}: FINESS number. */
  FINESS('1'),
  /** {@code 3}: SIRET number. */
  SIRET('3'),
  /** {@code 4}: RPPS number and rank of the practice. */
  RPPS_RANK('4');

  private final char prefix;

  StructureIdKind(char prefix) {
    this.prefix = prefix;
  }

  /** @return the prefix character */
  public char prefix() {
    return prefix;
  }

  /**
   * @param identifier a structure identifier
   * @return the kind its first character names, or empty (empty identifier, unknown prefix)
   */
  public static Optional<StructureIdKind> of(String identifier) {
    if (identifier.isEmpty()) {
      return Optional.empty();
    }
    for (StructureIdKind k : values()) {
      if (k.prefix == identifier.charAt(0)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
