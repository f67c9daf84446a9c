package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Numéro SIREN: the 9-digit identifier of a legal unit (company, association, public body) in the INSEE
 * SIRENE register (Code de commerce, art. R123-221); the last digit is a Luhn check digit. Example:
 * {@code 732 829 320}. Immutable, thread-safe.
 *
 * @param value the 9 digits
 */
@API(status = STABLE, since = "0.1")
public record Siren(String value) implements Identifier {

  private static final int LENGTH = 9;

  /**
   * @param value the 9 digits; ASCII spaces are ignored
   * @throws InvalidIdentifierException if the format ({@code CPTS-0001}) or the key ({@code CPTS-0002})
   *     is wrong
   * @throws NullPointerException if {@code value} is null
   */
  public Siren {
    value = CheckDigits.canonical(value, "value");
    Reason problem = problem(value);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.SIREN, problem);
    }
  }

  static @Nullable Reason problem(String v) {
    if (!CheckDigits.isDigits(v, LENGTH)) {
      return Reason.FORMAT;
    }
    return CheckDigits.luhnValid(v) ? null : Reason.CHECK_KEY;
  }

  /**
   * @param text the 9 digits; ASCII spaces are ignored
   * @return the SIREN
   * @throws InvalidIdentifierException if the format or the key is wrong
   * @throws NullPointerException if {@code text} is null
   */
  public static Siren parse(CharSequence text) {
    return new Siren(Objects.requireNonNull(text, "text").toString());
  }

  /**
   * @param text the text to check, may be null
   * @return true if {@code text} is a valid SIREN, i.e. {@link #parse} would accept it (false for null)
   */
  public static boolean isValid(@Nullable CharSequence text) {
    return text != null && problem(CheckDigits.canonical(text, "text")) == null;
  }

  /**
   * @param payload the first 8 digits
   * @return the SIREN made of {@code payload} and its computed Luhn key
   * @throws InvalidIdentifierException if {@code payload} is not 8 digits
   * @throws NullPointerException if {@code payload} is null
   */
  public static Siren withComputedKey(CharSequence payload) {
    String p = CheckDigits.canonical(payload, "payload");
    if (!CheckDigits.isDigits(p, LENGTH - 1)) {
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
