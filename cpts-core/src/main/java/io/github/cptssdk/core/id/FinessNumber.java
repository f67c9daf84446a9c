package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import org.apiguardian.api.API;

/**
 * Numéro FINESS (Fichier national des établissements sanitaires et sociaux): 9 characters identifying a
 * legal entity (EJ) or an establishment (ET), the department first ({@code 2A}/{@code 2B} for Corsica,
 * {@code 97} for overseas), the last character a check key.
 *
 * @param value the 9 characters
 */
@API(status = STABLE, since = "0.1")
public record FinessNumber(String value) implements Identifier {

  /** @throws InvalidIdentifierException if the format or the key is wrong */
  public FinessNumber {
    value = CheckDigits.strip(value, "value").toUpperCase(java.util.Locale.ROOT);
    if (!formatValid(value)) {
      throw new InvalidIdentifierException(IdentifierKind.FINESS, Reason.FORMAT);
    }
    if (!keyValid(value)) {
      throw new InvalidIdentifierException(IdentifierKind.FINESS, Reason.CHECK_KEY);
    }
  }

  private static boolean formatValid(String v) {
    if (v.length() != 9) {
      return false;
    }
    boolean corsica = v.charAt(0) == '2' && (v.charAt(1) == 'A' || v.charAt(1) == 'B');
    return (corsica || CheckDigits.isDigits(v.substring(0, 2), 2)) && CheckDigits.isDigits(v.substring(2), 7);
  }

  /** Luhn over the 9 characters, Corsica's 2A/2B read as 20 (see the FINESS key rules). */
  static boolean keyValid(String v) {
    return CheckDigits.luhnValid(digitsForKey(v));
  }

  static String digitsForKey(String v) {
    return v.startsWith("2A") || v.startsWith("2B") ? "20" + v.substring(2) : v;
  }

  /** @throws InvalidIdentifierException if the format or the key is wrong */
  public static FinessNumber parse(CharSequence text) {
    return new FinessNumber(CheckDigits.strip(text, "text"));
  }

  public static boolean isValid(CharSequence text) {
    if (text == null) {
      return false;
    }
    String v = text.toString().toUpperCase(java.util.Locale.ROOT);
    return formatValid(v) && keyValid(v);
  }

  /** @return the FINESS number made of the 8 characters of {@code payload} and its computed key */
  public static FinessNumber withComputedKey(CharSequence payload) {
    String p = CheckDigits.strip(payload, "payload").toUpperCase(java.util.Locale.ROOT);
    if (p.length() != 8 || !formatValid(p + "0")) {
      throw new InvalidIdentifierException(IdentifierKind.FINESS, Reason.FORMAT);
    }
    return new FinessNumber(p + CheckDigits.luhnCheckDigit(digitsForKey(p)));
  }

  /** @return the department part: 2 characters, 3 for overseas ({@code 97x}) */
  public String departmentCode() {
    return value.startsWith("97") ? value.substring(0, 3) : value.substring(0, 2);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.FINESS;
  }

  @Override
  public String toString() {
    return value;
  }
}
