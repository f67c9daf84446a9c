package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The kinds of {@link Identifier}, with the English and French names used in messages. */
@API(status = STABLE, since = "0.1")
public enum IdentifierKind {
  RPPS("RPPS number", "numéro RPPS", "11 digits, the last one a Luhn check digit"),
  ADELI("ADELI number", "numéro ADELI", "9 characters: department, profession, order number and check digit"),
  FINESS("FINESS number", "numéro FINESS", "9 characters: department (2A/2B for Corsica), 6 digits and a check digit"),
  SIREN("SIREN number", "numéro SIREN", "9 digits, the last one a Luhn check digit"),
  SIRET("SIRET number", "numéro SIRET", "14 digits (SIREN and NIC), Luhn-checked (La Poste: digit sum multiple of 5)"),
  COMMUNE("INSEE commune code", "code commune INSEE", "5 characters: department (01-95, 2A, 2B, 971-989) then the commune number"),
  EPCI("EPCI code", "code EPCI", "the 9-digit SIREN of the EPCI, Luhn-checked");

  private final String english;
  private final String french;
  private final String expected;

  IdentifierKind(String english, String french, String expected) {
    this.english = english;
    this.french = french;
    this.expected = expected;
  }

  /** @return the English name, e.g. "RPPS number" */
  public String english() {
    return english;
  }

  /** @return the French name, e.g. "numéro RPPS" */
  public String french() {
    return french;
  }

  /** @return what a valid identifier of this kind looks like, in English */
  public String expected() {
    return expected;
  }
}
