package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Numéro SIRET: the 14-digit identifier of an establishment, its {@link Siren} followed by the 5-digit NIC
 * (numéro interne de classement: 4-digit order number and a key), the whole 14 digits Luhn-checked
 * (Code de commerce, art. R123-221; INSEE). The SIREN part must itself be valid.
 *
 * <p>La Poste (SIREN 356 000 000) is the known exception: it has more establishments than the Luhn key
 * leaves numbers for, so its SIRETs are numbered so that the sum of the 14 digits is a multiple of 5;
 * only the head office ({@code 356 000 000 00048}) is Luhn-valid. A La Poste SIRET is accepted when either
 * rule holds. This rule does not detect a substitution changing a digit by 5 nor any transposition.
 *
 * <p>Immutable, thread-safe.
 *
 * @param value the 14 digits
 */
@API(status = STABLE, since = "0.1")
public record Siret(String value) implements Identifier {

  /** SIREN of La Poste, whose SIRETs follow the "digit sum multiple of 5" rule. */
  public static final String LA_POSTE_SIREN = "356000000";

  private static final int LENGTH = 14;

  /**
   * @param value the 14 digits; ASCII spaces are ignored
   * @throws InvalidIdentifierException if the format ({@code CPTS-0001}) or the key ({@code CPTS-0002})
   *     is wrong
   * @throws NullPointerException if {@code value} is null
   */
  public Siret {
    value = CheckDigits.canonical(value, "value");
    Reason problem = problem(value);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.SIRET, problem);
    }
  }

  static @Nullable Reason problem(String v) {
    if (!CheckDigits.isDigits(v, LENGTH)) {
      return Reason.FORMAT;
    }
    return keyValid(v) ? null : Reason.CHECK_KEY;
  }

  private static boolean keyValid(String s) {
    if (s.startsWith(LA_POSTE_SIREN)) {
      return CheckDigits.luhnValid(s) || CheckDigits.digitSum(s) % 5 == 0;
    }
    return CheckDigits.luhnValid(s) && CheckDigits.luhnValid(s.substring(0, 9));
  }

  /**
   * @param text the 14 digits; ASCII spaces are ignored
   * @return the SIRET
   * @throws InvalidIdentifierException if the format or the key is wrong
   * @throws NullPointerException if {@code text} is null
   */
  public static Siret parse(CharSequence text) {
    return new Siret(Objects.requireNonNull(text, "text").toString());
  }

  /**
   * @param text the text to check, may be null
   * @return true if {@code text} is a valid SIRET, i.e. {@link #parse} would accept it (false for null)
   */
  public static boolean isValid(@Nullable CharSequence text) {
    return text != null && problem(CheckDigits.canonical(text, "text")) == null;
  }

  /**
   * @param siren the legal unit
   * @param nic4 the 4-digit order number of the establishment
   * @return the SIRET made of {@code siren}, {@code nic4} and the Luhn key of the 13 digits
   * @throws InvalidIdentifierException if {@code nic4} is not 4 digits
   * @throws NullPointerException if an argument is null
   */
  public static Siret of(Siren siren, CharSequence nic4) {
    Objects.requireNonNull(siren, "siren");
    String n = CheckDigits.canonical(nic4, "nic4");
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

  /** @return true for an establishment of La Poste (SIREN {@value #LA_POSTE_SIREN}) */
  public boolean isLaPoste() {
    return value.startsWith(LA_POSTE_SIREN);
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
