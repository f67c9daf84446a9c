package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import org.apiguardian.api.API;

/**
 * Numéro RPPS (Répertoire partagé des professionnels de santé): the national identifier of a health
 * professional, 11 digits whose last one is a Luhn check digit.
 *
 * @param value the 11 digits
 */
@API(status = STABLE, since = "0.1")
public record RppsNumber(String value) implements Identifier {

  /** @throws InvalidIdentifierException if the format or the key is wrong */
  public RppsNumber {
    value = CheckDigits.strip(value, "value");
    if (!CheckDigits.isDigits(value, 11)) {
      throw new InvalidIdentifierException(IdentifierKind.RPPS, Reason.FORMAT);
    }
    if (!CheckDigits.luhnValid(value)) {
      throw new InvalidIdentifierException(IdentifierKind.RPPS, Reason.CHECK_KEY);
    }
  }

  /** @throws InvalidIdentifierException if the format or the key is wrong */
  public static RppsNumber parse(CharSequence text) {
    return new RppsNumber(CheckDigits.strip(text, "text"));
  }

  /** @return true if {@code text} is a valid RPPS number */
  public static boolean isValid(CharSequence text) {
    String s = text == null ? "" : text.toString();
    return CheckDigits.isDigits(s, 11) && CheckDigits.luhnValid(s);
  }

  /** @return the RPPS number made of the 10 digits of {@code payload} and its computed key */
  public static RppsNumber withComputedKey(CharSequence payload) {
    String p = CheckDigits.strip(payload, "payload");
    if (!CheckDigits.isDigits(p, 10)) {
      throw new InvalidIdentifierException(IdentifierKind.RPPS, Reason.FORMAT);
    }
    return new RppsNumber(p + CheckDigits.luhnCheckDigit(p));
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.RPPS;
  }

  @Override
  public String toString() {
    return value;
  }
}
