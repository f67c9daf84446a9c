package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Numéro ADELI (Automatisation des listes, arrêté du 12 juillet 2012): the older 9-character departmental
 * identifier of some health professions (auxiliaires médicaux, psychologues, ostéopathes...), being
 * replaced by the RPPS: the department first ({@code 2A}/{@code 2B} for Corsica), then digits, the last
 * one a check digit.
 *
 * <h2>Key rule and its sources</h2>
 * <b>NOT confirmed.</b> No public text of the ADELI key algorithm was found (ANS, ARS, CNAM pages,
 * Légifrance arrêté of 12 July 2012, open-source validators; python-stdnum has no ADELI module), and real
 * ADELI numbers identify people, so none was used to check it. The rule applied is the best available
 * guess: the one of {@link FinessNumber}, both numbers having been attributed by the same departmental
 * services (DDASS): <b>Luhn over the 9 characters, Corsica's 2A read as 21 and 2B as 22</b> (confirmed for
 * FINESS only). The tests use computed numbers. A real number rejected with {@code CPTS-0002} would prove
 * the rule wrong: report it. Department prefixes {@code 00} and {@code 20} are rejected
 * ({@code CPTS-0003}).
 *
 * <p>Immutable, thread-safe.
 *
 * @param value the 9 characters, upper case
 */
@API(status = STABLE, since = "0.1")
public record AdeliNumber(String value) implements Identifier {

  private static final int LENGTH = 9;

  /**
   * @param value the 9 characters; ASCII spaces are ignored, {@code 2a}/{@code 2b} upper-cased
   * @throws InvalidIdentifierException if the format ({@code CPTS-0001}), the key ({@code CPTS-0002}) or
   *     the department ({@code CPTS-0003}) is wrong
   * @throws NullPointerException if {@code value} is null
   */
  public AdeliNumber {
    value = CheckDigits.canonical(value, "value");
    Reason problem = problem(value);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.ADELI, problem);
    }
  }

  static @Nullable Reason problem(String v) {
    return DepartmentPart.keyedProblem(v, LENGTH);
  }

  /**
   * @param text the 9 characters; ASCII spaces are ignored, {@code 2a}/{@code 2b} upper-cased
   * @return the ADELI number
   * @throws InvalidIdentifierException if the format, the department or the key is wrong
   * @throws NullPointerException if {@code text} is null
   */
  public static AdeliNumber parse(CharSequence text) {
    return new AdeliNumber(Objects.requireNonNull(text, "text").toString());
  }

  /**
   * @param text the text to check, may be null
   * @return true if {@code text} is a valid ADELI number, i.e. {@link #parse} would accept it (false for null)
   */
  public static boolean isValid(@Nullable CharSequence text) {
    return text != null && problem(CheckDigits.canonical(text, "text")) == null;
  }

  /**
   * @param payload the first 8 characters (department, profession and order number)
   * @return the ADELI number made of {@code payload} and its computed key
   * @throws InvalidIdentifierException if {@code payload} is not 8 characters of the right form or its
   *     department is out of range
   * @throws NullPointerException if {@code payload} is null
   */
  public static AdeliNumber withComputedKey(CharSequence payload) {
    return new AdeliNumber(DepartmentPart.withKey(CheckDigits.canonical(payload, "payload"), LENGTH, IdentifierKind.ADELI));
  }

  /** @return the department part: 2 characters ({@code 34}, {@code 2B}), 3 for overseas ({@code 974}) */
  public String departmentCode() {
    return DepartmentPart.departmentCode(value);
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
