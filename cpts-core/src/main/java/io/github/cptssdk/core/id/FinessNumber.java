package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Numéro FINESS (Fichier national des établissements sanitaires et sociaux, ANS/DREES): 9 characters
 * identifying a legal entity (EJ) or an establishment (ET): the department first ({@code 2A}/{@code 2B}
 * for Corsica, {@code 97} followed by the overseas digit), the last character a check key.
 *
 * <h2>Key rule and its sources</h2>
 * <ul>
 *   <li><b>Luhn over the 9 digits</b>: no official text of the algorithm was found (ANS FINESS pages,
 *       data.gouv.fr FINESS extraction docs; python-stdnum has no FINESS module). The rule is supported
 *       by real public numbers, all Luhn-valid: AP-HP EJ {@code 750712184}, Pitié-Salpêtrière ET
 *       {@code 750100125}, AP-HM EJ {@code 130786049}, HCL EJ {@code 690781810} (DREES SAE/PMSI
 *       references), {@code 010003812}/{@code 010003820} (npm "finess" package, FINESS open data) and
 *       {@code 250003530} (OpenStreetMap wiki, FINESS category 620). See {@code IdentifierExamplesTest}.</li>
 *   <li><b>Corsica: 2A read as 21, 2B as 22</b> (A = 1, B = 2) for the key. No text states it; it is
 *       the rule that reproduces every real Corsican number found, all of them public: Corse-du-Sud
 *       {@code 2A0000170} CH Bonifacio, {@code 2A0000386} CH Castelluccio, {@code 2A0002606} CH Sartène
 *       (Préfecture de Corse-du-Sud, RAA n°2A-2025-178 of 24 December 2025), {@code 2A0000022} CH
 *       Notre-Dame de la Miséricorde, Ajaccio (Humanis establishment directory); Haute-Corse {@code 2B0000020} CH Bastia, {@code 2B0005342} CH Calvi,
 *       {@code 2B0004246} CHI Corte-Tattone (Préfecture de Haute-Corse, RAA n°2B-2024-02-015 of 29 February
 *       2024) and nine EHPAD of RAA n°2B-2024-07-003 of 4 July 2024. The first version's guess (read as
 *       20) rejected all of them.</li>
 *   <li>Department prefixes {@code 00} and {@code 20} are rejected ({@code CPTS-0003}): no department
 *       has these numbers since 1976.</li>
 * </ul>
 *
 * <p>Immutable, thread-safe.
 *
 * @param value the 9 characters, upper case
 */
@API(status = STABLE, since = "0.1")
public record FinessNumber(String value) implements Identifier {

  private static final int LENGTH = 9;

  /**
   * @param value the 9 characters; ASCII spaces are ignored, {@code 2a}/{@code 2b} upper-cased
   * @throws InvalidIdentifierException if the format ({@code CPTS-0001}), the key ({@code CPTS-0002}) or
   *     the department ({@code CPTS-0003}) is wrong
   * @throws NullPointerException if {@code value} is null
   */
  public FinessNumber {
    value = CheckDigits.canonical(value, "value");
    Reason problem = problem(value);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.FINESS, problem);
    }
  }

  static @Nullable Reason problem(String v) {
    return DepartmentPart.keyedProblem(v, LENGTH);
  }

  /**
   * @param text the 9 characters; ASCII spaces are ignored, {@code 2a}/{@code 2b} upper-cased
   * @return the FINESS number
   * @throws InvalidIdentifierException if the format, the department or the key is wrong
   * @throws NullPointerException if {@code text} is null
   */
  public static FinessNumber parse(CharSequence text) {
    return new FinessNumber(Objects.requireNonNull(text, "text").toString());
  }

  /**
   * @param text the text to check, may be null
   * @return true if {@code text} is a valid FINESS number, i.e. {@link #parse} would accept it (false for null)
   */
  public static boolean isValid(@Nullable CharSequence text) {
    return text != null && problem(CheckDigits.canonical(text, "text")) == null;
  }

  /**
   * @param payload the first 8 characters (department and order number)
   * @return the FINESS number made of {@code payload} and its computed key
   * @throws InvalidIdentifierException if {@code payload} is not 8 characters of the right form or its
   *     department is out of range
   * @throws NullPointerException if {@code payload} is null
   */
  public static FinessNumber withComputedKey(CharSequence payload) {
    return new FinessNumber(DepartmentPart.withKey(CheckDigits.canonical(payload, "payload"), LENGTH, IdentifierKind.FINESS));
  }

  /** @return the department part: 2 characters ({@code 75}, {@code 2A}), 3 for overseas ({@code 971}) */
  public String departmentCode() {
    return DepartmentPart.departmentCode(value);
  }

  /** @return true for Corsica ({@code 2A}, {@code 2B}) */
  public boolean isCorsica() {
    return DepartmentPart.isCorsica(value);
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
