package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.validation.LocalizedText;
import org.apiguardian.api.API;

/**
 * The kinds of {@link Identifier}, with their English and French names and expected forms, used in
 * messages instead of the value. The texts come from the bundle
 * {@code io/github/cptssdk/core/id/messages{,_fr}.properties} (fragments {@code CPTS-0011}..{@code 0017}
 * for the names, {@code CPTS-0021}..{@code 0027} for the expected forms). Immutable, thread-safe.
 */
@API(status = STABLE, since = "0.1")
public enum IdentifierKind {
  /** Numéro RPPS of a health professional: {@link RppsNumber}. */
  RPPS("CPTS-0011", "CPTS-0021"),
  /** Numéro ADELI of a health professional, the register before RPPS: {@link AdeliNumber}. */
  ADELI("CPTS-0012", "CPTS-0022"),
  /** Numéro FINESS of a health or social establishment: {@link FinessNumber}. */
  FINESS("CPTS-0013", "CPTS-0023"),
  /** Numéro SIREN of a legal entity: {@link Siren}. */
  SIREN("CPTS-0014", "CPTS-0024"),
  /** Numéro SIRET of an establishment: {@link Siret}. */
  SIRET("CPTS-0015", "CPTS-0025"),
  /** Code officiel géographique (INSEE) of a commune: {@link CommuneCode}. */
  COMMUNE("CPTS-0016", "CPTS-0026"),
  /** Établissement public de coopération intercommunale, named by its SIREN: {@link EpciCode}. */
  EPCI("CPTS-0017", "CPTS-0027");

  private final String nameCode;
  private final String expectedCode;

  IdentifierKind(String nameCode, String expectedCode) {
    this.nameCode = nameCode;
    this.expectedCode = expectedCode;
  }

  /** @return the name in English and French, e.g. "RPPS number" / "numéro RPPS" */
  public LocalizedText displayName() {
    return IdMessages.fragment(nameCode);
  }

  /** @return what a valid identifier of this kind looks like, in English and French */
  public LocalizedText expectedForm() {
    return IdMessages.fragment(expectedCode);
  }

  /** @return the English name, e.g. "RPPS number" */
  public String english() {
    return displayName().en();
  }

  /** @return the French name, e.g. "numéro RPPS" */
  public String french() {
    return displayName().fr();
  }

  /** @return what a valid identifier of this kind looks like, in English */
  public String expected() {
    return expectedForm().en();
  }
}
