package io.github.cptssdk.core.id;

import org.jspecify.annotations.Nullable;

/**
 * The department prefix shared by FINESS and ADELI numbers (package-private, stateless): two characters,
 * {@code 2A}/{@code 2B} for Corsica, digits otherwise. {@code 00} and {@code 20} are out of range:
 * no department has these numbers since Corsica was split into 2A and 2B (law of 15 May 1975,
 * effective 1 January 1976; INSEE code officiel géographique).
 */
final class DepartmentPart {

  private DepartmentPart() {}

  /** @return true for a Corsican prefix ({@code 2A}, {@code 2B}) */
  static boolean isCorsica(String v) {
    return v.length() >= 2 && v.charAt(0) == '2' && (v.charAt(1) == 'A' || v.charAt(1) == 'B');
  }

  /**
   * @return true if {@code v} has {@code length} characters: a department prefix (2 digits or 2A/2B)
   *     followed by ASCII digits
   */
  static boolean formatValid(String v, int length) {
    if (v.length() != length) {
      return false;
    }
    boolean prefixOk = isCorsica(v) || CheckDigits.isDigits(v.substring(0, 2), 2);
    return prefixOk && CheckDigits.isDigits(v.substring(2), length - 2);
  }

  /** @return true unless the prefix is {@code 00} or {@code 20}; {@code v} must be format-valid */
  static boolean rangeValid(String v) {
    return !v.startsWith("00") && !v.startsWith("20");
  }

  /**
   * @return {@code FORMAT} or {@code RANGE} if {@code v} is not {@code length} characters made of a valid
   *     department prefix and digits, null if it is
   */
  static InvalidIdentifierException.@Nullable Reason problem(String v, int length) {
    if (!formatValid(v, length)) {
      return InvalidIdentifierException.Reason.FORMAT;
    }
    return rangeValid(v) ? null : InvalidIdentifierException.Reason.RANGE;
  }

  /**
   * The digits the Luhn key is computed on: {@code 2A} read as {@code 21}, {@code 2B} as {@code 22}
   * (A = 1, B = 2). Evidence: this reproduces the keys of 16 real Corsican FINESS numbers published by the
   * préfectures (see {@code FinessNumber}); reading them as {@code 20} rejects all 16.
   *
   * @return {@code v} with its Corsican prefix replaced by digits
   */
  static String keyDigits(String v) {
    if (!isCorsica(v)) {
      return v;
    }
    return (v.charAt(1) == 'A' ? "21" : "22") + v.substring(2);
  }

  /**
   * The rule of FINESS (and, by assumption, ADELI) numbers: a department prefix, digits, and a Luhn key over
   * {@link #keyDigits}.
   *
   * @return {@code FORMAT}, {@code RANGE} or {@code CHECK_KEY} if {@code v} is not {@code length} characters
   *     following that rule, null if it is
   */
  static InvalidIdentifierException.@Nullable Reason keyedProblem(String v, int length) {
    InvalidIdentifierException.Reason prefix = problem(v, length);
    if (prefix != null) {
      return prefix;
    }
    return CheckDigits.luhnValid(keyDigits(v)) ? null : InvalidIdentifierException.Reason.CHECK_KEY;
  }

  /**
   * @param payload the canonical text without its key
   * @param length the length of a whole number, key included
   * @param kind the kind named by the exception
   * @return {@code payload} followed by its Luhn key over {@link #keyDigits}
   * @throws InvalidIdentifierException if {@code payload} is not {@code length - 1} characters made of a
   *     valid department prefix and digits
   */
  static String withKey(String payload, int length, IdentifierKind kind) {
    InvalidIdentifierException.Reason problem = problem(payload, length - 1);
    if (problem != null) {
      throw new InvalidIdentifierException(kind, problem);
    }
    return payload + CheckDigits.luhnCheckDigit(keyDigits(payload));
  }

  /** @return the department code: 2 characters, or 3 for overseas ({@code 97x}) */
  static String departmentCode(String v) {
    return v.startsWith("97") ? v.substring(0, 3) : v.substring(0, 2);
  }
}
