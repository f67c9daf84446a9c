package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import org.apiguardian.api.API;

/**
 * Numéro SIRET: the 14-digit identifier of an establishment, its SIREN followed by the 5-digit NIC, whose
 * whole is Luhn-checked. La Poste (SIREN 356 000 000) is the known exception: its many establishments
 * are numbered so that the sum of the 14 digits is a multiple of 5.
 *
 * @param value the 14 digits
 */
@API(status = STABLE, since = "0.1")
public record Siret(String value) implements Identifier {

  /** SIREN of La Poste, whose SIRETs follow the "digit sum multiple of 5" rule. */
  public static final String LA_POSTE_SIREN = "356000000";

  /** @throws InvalidIdentifierException if the format or the key is wrong */
  public Siret {
    value = CheckDigits.strip(value, "value");
    if (!CheckDigits.isDigits(value, 14)) {
      throw new InvalidIdentifierException(IdentifierKind.SIRET, Reason.FORMAT);
    }
    if (!keyValid(value)) {
      throw new InvalidIdentifierException(IdentifierKind.SIRET, Reason.CHECK_KEY);
    }
  }

  private static boolean keyValid(String s) {
    if (s.startsWith(LA_POSTE_SIREN)) {
      return CheckDigits.luhnValid(s) || CheckDigits.digitSum(s) % 5 == 0;
    }
    return CheckDigits.luhnValid(s) && CheckDigits.luhnValid(s.substring(0, 9));
  }

  /** @throws InvalidIdentifierException if the format or the key is wrong */
  public static Siret parse(CharSequence text) {
    return new Siret(CheckDigits.strip(text, "text"));
  }

  public static boolean isValid(CharSequence text) {
    String s = text == null ? "" : text.toString();
    return CheckDigits.isDigits(s, 14) && keyValid(s);
  }

  /** @return the SIRET made of {@code siren}, the 4-digit establishment number {@code nic4} and its key */
  public static Siret of(Siren siren, CharSequence nic4) {
    String n = CheckDigits.strip(nic4, "nic4");
    if (!CheckDigits.isDigits(n, 4)) {
      throw new InvalidIdentifierException(IdentifierKind.SIRET, Reason.FORMAT);
    }
    String payload = siren.value() + n;
    return new Siret(payload + CheckDigits.luhnCheckDigit(payload));
  }

  /** @return the SIREN of the legal unit this establishment belongs to */
  public Siren siren() {
    return new Siren(value.substring(0, 9));
  }

  /** @return the NIC (numéro interne de classement), the last 5 digits */
  public String nic() {
    return value.substring(9);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.SIRET;
  }

  @Override
  public String toString() {
    return value;
  }
}
