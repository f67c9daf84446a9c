package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import org.apiguardian.api.API;

/**
 * Numéro SIREN: the 9-digit identifier of a legal unit (company, association, public body) in the
 * INSEE SIRENE register; the last digit is a Luhn check digit.
 *
 * @param value the 9 digits
 */
@API(status = STABLE, since = "0.1")
public record Siren(String value) implements Identifier {

  /** @throws InvalidIdentifierException if the format or the key is wrong */
  public Siren {
    value = CheckDigits.strip(value, "value");
    if (!CheckDigits.isDigits(value, 9)) {
      throw new InvalidIdentifierException(IdentifierKind.SIREN, Reason.FORMAT);
    }
    if (!CheckDigits.luhnValid(value)) {
      throw new InvalidIdentifierException(IdentifierKind.SIREN, Reason.CHECK_KEY);
    }
  }

  /** @throws InvalidIdentifierException if the format or the key is wrong */
  public static Siren parse(CharSequence text) {
    return new Siren(CheckDigits.strip(text, "text"));
  }

  public static boolean isValid(CharSequence text) {
    String s = text == null ? "" : text.toString();
    return CheckDigits.isDigits(s, 9) && CheckDigits.luhnValid(s);
  }

  /** @return the SIREN made of the 8 digits of {@code payload} and its computed key */
  public static Siren withComputedKey(CharSequence payload) {
    String p = CheckDigits.strip(payload, "payload");
    if (!CheckDigits.isDigits(p, 8)) {
      throw new InvalidIdentifierException(IdentifierKind.SIREN, Reason.FORMAT);
    }
    return new Siren(p + CheckDigits.luhnCheckDigit(p));
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.SIREN;
  }

  @Override
  public String toString() {
    return value;
  }
}
