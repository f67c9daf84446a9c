package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.validation.LocalizedText;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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

  /**
   * Parses {@code text} as an identifier of this kind: the {@code parse} of the kind's type (e.g.
   * {@link RppsNumber#parse(CharSequence)}).
   *
   * @param text the identifier, ASCII spaces ignored
   * @return the identifier, of this kind
   * @throws InvalidIdentifierException if {@code text} is not a valid identifier of this kind
   */
  public Identifier parse(CharSequence text) {
    return switch (this) {
      case RPPS -> RppsNumber.parse(text);
      case ADELI -> AdeliNumber.parse(text);
      case FINESS -> FinessNumber.parse(text);
      case SIREN -> Siren.parse(text);
      case SIRET -> Siret.parse(text);
      case COMMUNE -> CommuneCode.parse(text);
      case EPCI -> EpciCode.parse(text);
    };
  }

  /**
   * Whether {@code text} is a valid identifier of this kind: the {@code isValid} of the kind's type (e.g.
   * {@link RppsNumber#isValid(CharSequence)}), the one check behind the {@code @FrenchId} constraint.
   *
   * @param text the text to check, ASCII spaces ignored as by the type's {@code parse}; may be {@code null}
   * @return {@code true} when the type's {@code parse} would accept it; {@code false} for {@code null}
   */
  public boolean isValid(@Nullable CharSequence text) {
    return switch (this) {
      case RPPS -> RppsNumber.isValid(text);
      case ADELI -> AdeliNumber.isValid(text);
      case FINESS -> FinessNumber.isValid(text);
      case SIREN -> Siren.isValid(text);
      case SIRET -> Siret.isValid(text);
      case COMMUNE -> CommuneCode.isValid(text);
      case EPCI -> EpciCode.isValid(text);
    };
  }

  /** @return what a valid identifier of this kind looks like, in English */
  public String expected() {
    return expectedForm().en();
  }
}
