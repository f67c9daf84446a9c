package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Numéro RPPS (Répertoire partagé des professionnels de santé): the national identifier of a health
 * professional, 11 digits whose last one is a Luhn check digit (the RPPS number is the 11-digit
 * identifier prefixed by {@code 8} in the national PS identifier of the ANS directory).
 *
 * <p>Luhn detects every single-digit substitution and every adjacent transposition except
 * {@code 09 <-> 90} (see the identifier properties test). Immutable, thread-safe.
 *
 * @param value the 11 digits
 */
@API(status = STABLE, since = "0.1")
public record RppsNumber(String value) implements Identifier {

  private static final int LENGTH = 11;

  /**
   * @param value the 11 digits; ASCII spaces are ignored
   * @throws InvalidIdentifierException if the format ({@code CPTS-0001}) or the key ({@code CPTS-0002})
   *     is wrong
   * @throws NullPointerException if {@code value} is null
   */
  public RppsNumber {
    value = CheckDigits.canonical(value, "value");
    Reason problem = problem(value);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.RPPS, problem);
    }
  }

  static @Nullable Reason problem(String v) {
    if (!CheckDigits.isDigits(v, LENGTH)) {
      return Reason.FORMAT;
    }
    return CheckDigits.luhnValid(v) ? null : Reason.CHECK_KEY;
  }

  /**
   * @param text the 11 digits; ASCII spaces are ignored
   * @return the RPPS number
   * @throws InvalidIdentifierException if the format or the key is wrong
   * @throws NullPointerException if {@code text} is null
   */
  public static RppsNumber parse(CharSequence text) {
    return new RppsNumber(Objects.requireNonNull(text, "text").toString());
  }

  /**
   * @param text the text to check, may be null
   * @return true if {@code text} is a valid RPPS number, i.e. {@link #parse} would accept it (false for null)
   */
  public static boolean isValid(@Nullable CharSequence text) {
    return text != null && problem(CheckDigits.canonical(text, "text")) == null;
  }

  /**
   * @param payload the first 10 digits
   * @return the RPPS number made of {@code payload} and its computed Luhn key
   * @throws InvalidIdentifierException if {@code payload} is not 10 digits
   * @throws NullPointerException if {@code payload} is null
   */
  public static RppsNumber withComputedKey(CharSequence payload) {
    String p = CheckDigits.canonical(payload, "payload");
    if (!CheckDigits.isDigits(p, LENGTH - 1)) {
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
