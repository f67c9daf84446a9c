package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import org.apiguardian.api.API;

/**
 * Numéro ADELI: the older 9-character identifier of some health professions (paramedical professions,
 * psychologists), being replaced by the RPPS: department (2 characters, {@code 2A}/{@code 2B} for
 * Corsica), profession code, order number and a check digit.
 *
 * @param value the 9 characters
 */
@API(status = STABLE, since = "0.1")
public record AdeliNumber(String value) implements Identifier {

  /** @throws InvalidIdentifierException if the format or the key is wrong */
  public AdeliNumber {
    value = CheckDigits.strip(value, "value").toUpperCase(java.util.Locale.ROOT);
    if (!formatValid(value)) {
      throw new InvalidIdentifierException(IdentifierKind.ADELI, Reason.FORMAT);
    }
    if (!keyValid(value)) {
      throw new InvalidIdentifierException(IdentifierKind.ADELI, Reason.CHECK_KEY);
    }
  }

  private static boolean formatValid(String v) {
    if (v.length() != 9) {
      return false;
    }
    boolean corsica = v.charAt(0) == '2' && (v.charAt(1) == 'A' || v.charAt(1) == 'B');
    return (corsica || CheckDigits.isDigits(v.substring(0, 2), 2)) && CheckDigits.isDigits(v.substring(2), 7);
  }

  /** Luhn over the 9 characters, Corsica's 2A/2B read as 20. */
  static boolean keyValid(String v) {
    return CheckDigits.luhnValid(v.startsWith("2A") || v.startsWith("2B") ? "20" + v.substring(2) : v);
  }

  /** @throws InvalidIdentifierException if the format or the key is wrong */
  public static AdeliNumber parse(CharSequence text) {
    return new AdeliNumber(CheckDigits.strip(text, "text"));
  }

  public static boolean isValid(CharSequence text) {
    if (text == null) {
      return false;
    }
    String v = text.toString().toUpperCase(java.util.Locale.ROOT);
    return formatValid(v) && keyValid(v);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.ADELI;
  }

  @Override
  public String toString() {
    return value;
  }
}
