package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import org.apiguardian.api.API;

/**
 * Code officiel géographique (COG) of a commune, as published by INSEE: 5 characters, the department
 * (01 to 95 without 20, {@code 2A} and {@code 2B} for Corsica, 971 to 976 for the overseas departments,
 * 975/977/978 and 984 to 989 for the overseas collectivities) followed by the commune number.
 *
 * <p>The arrondissements municipaux of Paris (75101-75120), Lyon (69381-69389) and Marseille
 * (13201-13216) have codes of the same form; {@link #isMunicipalArrondissement()} tells them apart.
 * Whether a code exists is answered by the territory referential, not by this type.
 *
 * @param value the 5-character code, upper case
 */
@API(status = STABLE, since = "0.1")
public record CommuneCode(String value) implements Identifier, Comparable<CommuneCode> {

  /** @throws InvalidIdentifierException if the text is not of the form of a commune code */
  public CommuneCode {
    value = CheckDigits.strip(value, "value").toUpperCase(java.util.Locale.ROOT);
    if (value.length() != 5) {
      throw new InvalidIdentifierException(IdentifierKind.COMMUNE, Reason.FORMAT);
    }
    if (!formatValid(value)) {
      throw new InvalidIdentifierException(IdentifierKind.COMMUNE, Reason.FORMAT);
    }
    if (!departmentValid(value)) {
      throw new InvalidIdentifierException(IdentifierKind.COMMUNE, Reason.RANGE);
    }
  }

  private static boolean formatValid(String v) {
    char c0 = v.charAt(0);
    char c1 = v.charAt(1);
    boolean corsica = c0 == '2' && (c1 == 'A' || c1 == 'B');
    if (!corsica && !CheckDigits.isDigits(v.substring(0, 2), 2)) {
      return false;
    }
    return CheckDigits.isDigits(v.substring(2), 3);
  }

  private static boolean departmentValid(String v) {
    String d = v.substring(0, 2);
    if (d.equals("2A") || d.equals("2B")) {
      return true;
    }
    int n = Integer.parseInt(d);
    if (n == 0 || n == 20 || n == 96) {
      return false;
    }
    if (n == 97) {
      int third = v.charAt(2) - '0';
      return third >= 1 && third <= 8;
    }
    if (n == 98) {
      int third = v.charAt(2) - '0';
      return third >= 4 && third <= 9;
    }
    return n <= 95;
  }

  /** @throws InvalidIdentifierException if the text is not of the form of a commune code */
  public static CommuneCode parse(CharSequence text) {
    return new CommuneCode(CheckDigits.strip(text, "text"));
  }

  public static CommuneCode of(String value) {
    return new CommuneCode(value);
  }

  /** @return true if {@code text} has the form of a commune code */
  public static boolean isValid(CharSequence text) {
    if (text == null || text.length() != 5) {
      return false;
    }
    String v = text.toString().toUpperCase(java.util.Locale.ROOT);
    return formatValid(v) && departmentValid(v);
  }

  /**
   * @return the code of the department: 2 characters ({@code 34}, {@code 2A}), or 3 for overseas
   *     ({@code 971})
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
    return value.startsWith("2A") || value.startsWith("2B");
  }

  /** @return true for an arrondissement municipal of Paris, Lyon or Marseille */
  public boolean isMunicipalArrondissement() {
    return parentCityCode() != null;
  }

  /**
   * @return for an arrondissement municipal, the code of its city (75056 Paris, 69123 Lyon, 13055
   *     Marseille); {@code null} otherwise
   */
  public @org.jspecify.annotations.Nullable CommuneCode parentCityCode() {
    if (value.startsWith("751")) {
      int n = Integer.parseInt(value.substring(3));
      return n >= 1 && n <= 20 ? new CommuneCode("75056") : null;
    }
    if (value.startsWith("6938")) {
      int n = value.charAt(4) - '0';
      return n >= 1 && n <= 9 ? new CommuneCode("69123") : null;
    }
    if (value.startsWith("132")) {
      int n = Integer.parseInt(value.substring(3));
      return n >= 1 && n <= 16 ? new CommuneCode("13055") : null;
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
