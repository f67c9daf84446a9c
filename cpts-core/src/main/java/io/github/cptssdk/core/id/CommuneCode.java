package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Code officiel géographique (COG) of a commune, as published by INSEE: 5 characters, the department
 * followed by the commune number. Departments: {@code 01} to {@code 95} without {@code 20},
 * {@code 2A}/{@code 2B} for Corsica; overseas, 3 characters: departments {@code 971} Guadeloupe,
 * {@code 972} Martinique, {@code 973} Guyane, {@code 974} La Réunion, {@code 976} Mayotte; collectivities
 * {@code 975} Saint-Pierre-et-Miquelon, {@code 977} Saint-Barthélemy, {@code 978} Saint-Martin,
 * {@code 984} TAAF, {@code 986} Wallis-et-Futuna, {@code 987} Polynésie française, {@code 988}
 * Nouvelle-Calédonie, {@code 989} Clipperton. {@code 985} (Mayotte's code before it became a
 * department in 2011, replaced by 976) is rejected, as are {@code 970}, {@code 979}, {@code 980}-{@code
 * 983}, {@code 96} and {@code 99} (foreign countries in the COG). Source: INSEE COG, "Code officiel
 * géographique" and its overseas lists.
 *
 * <p>The arrondissements municipaux of Paris (75101-75120), Lyon (69381-69389) and Marseille
 * (13201-13216) have codes of the same form; {@link #isMunicipalArrondissement()} tells them apart.
 * Whether a code exists is answered by the territory referential, not by this type.
 *
 * <p>Immutable, thread-safe; ordered by code.
 *
 * @param value the 5-character code, upper case
 */
@API(status = STABLE, since = "0.1")
public record CommuneCode(String value) implements Identifier, Comparable<CommuneCode> {

  private static final int LENGTH = 5;

  /**
   * @param value the 5 characters; ASCII spaces are ignored, {@code 2a}/{@code 2b} upper-cased
   * @throws InvalidIdentifierException if the text is not of the form of a commune code
   *     ({@code CPTS-0001}) or its department does not exist ({@code CPTS-0003})
   * @throws NullPointerException if {@code value} is null
   */
  public CommuneCode {
    value = CheckDigits.canonical(value, "value");
    Reason problem = problem(value);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.COMMUNE, problem);
    }
  }

  static @Nullable Reason problem(String v) {
    if (!DepartmentPart.formatValid(v, LENGTH)) {
      return Reason.FORMAT;
    }
    return departmentValid(v) ? null : Reason.RANGE;
  }

  private static boolean departmentValid(String v) {
    if (DepartmentPart.isCorsica(v)) {
      return true;
    }
    int n = Integer.parseInt(v.substring(0, 2));
    int third = v.charAt(2) - '0';
    if (n == 97) {
      return third >= 1 && third <= 8;
    }
    if (n == 98) {
      return third == 4 || third >= 6;
    }
    return n >= 1 && n <= 95 && n != 20;
  }

  /**
   * @param text the 5 characters; ASCII spaces are ignored, {@code 2a}/{@code 2b} upper-cased
   * @return the commune code
   * @throws InvalidIdentifierException if the text is not of the form of a commune code
   * @throws NullPointerException if {@code text} is null
   */
  public static CommuneCode parse(CharSequence text) {
    return new CommuneCode(Objects.requireNonNull(text, "text").toString());
  }

  /**
   * @param value the 5 characters
   * @return the commune code
   * @throws InvalidIdentifierException if the text is not of the form of a commune code
   * @throws NullPointerException if {@code value} is null
   */
  public static CommuneCode of(String value) {
    return new CommuneCode(value);
  }

  /**
   * @param text the text to check, may be null
   * @return true if {@code text} is of the form of a commune code, i.e. {@link #parse} would accept it (false for null)
   */
  public static boolean isValid(@Nullable CharSequence text) {
    return text != null && problem(CheckDigits.canonical(text, "text")) == null;
  }

  /**
   * @return the code of the department: 2 characters ({@code 34}, {@code 2A}), or 3 for overseas
   *     ({@code 971}, {@code 987})
   */
  public String departmentCode() {
    return isOverseas() ? value.substring(0, 3) : value.substring(0, 2);
  }

  /** @return true for the overseas departments and collectivities (97x, 98x) */
  public boolean isOverseas() {
    return value.startsWith("97") || value.startsWith("98");
  }

  /** @return true for Corsica (2A, 2B) */
  public boolean isCorsica() {
    return DepartmentPart.isCorsica(value);
  }

  /** @return true for an arrondissement municipal of Paris, Lyon or Marseille */
  public boolean isMunicipalArrondissement() {
    return parentCityCode() != null;
  }

  /**
   * @return for an arrondissement municipal, the code of its city (75056 Paris, 69123 Lyon, 13055
   *     Marseille); {@code null} otherwise
   */
  public @Nullable CommuneCode parentCityCode() {
    int number = isCorsica() ? -1 : Integer.parseInt(value);
    if (number >= 75101 && number <= 75120) {
      return new CommuneCode("75056");
    }
    if (number >= 69381 && number <= 69389) {
      return new CommuneCode("69123");
    }
    if (number >= 13201 && number <= 13216) {
      return new CommuneCode("13055");
    }
    return null;
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.COMMUNE;
  }

  @Override
  public int compareTo(CommuneCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
