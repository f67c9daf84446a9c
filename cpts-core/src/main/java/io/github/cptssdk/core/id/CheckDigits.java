package io.github.cptssdk.core.id;

import java.util.Objects;

/**
 * Check-digit algorithms and text helpers shared by the identifiers (package-private, stateless).
 *
 * <p>Luhn (ISO/IEC 7812-1 annex B, "mod 10"): from the right, every second digit is doubled (9 subtracted
 * when the product exceeds 9) and the sum of all digits must be a multiple of 10. It detects every
 * single-digit substitution and every transposition of two adjacent different digits except
 * {@code 09 <-> 90}.
 */
final class CheckDigits {

  private CheckDigits() {}

  /** @return true if {@code s} is made of {@code length} ASCII digits (no other Unicode digits) */
  static boolean isDigits(CharSequence s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (!isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** @return true if the ASCII digits of {@code s} pass the Luhn check, the last digit being the key */
  static boolean luhnValid(CharSequence s) {
    return luhnSum(s, false) % 10 == 0;
  }

  /** @return the Luhn check digit to append to the ASCII digits of {@code payload} */
  static int luhnCheckDigit(CharSequence payload) {
    int sum = luhnSum(payload, true);
    return (10 - sum % 10) % 10;
  }

  private static int luhnSum(CharSequence s, boolean doubleLast) {
    int sum = 0;
    boolean dbl = doubleLast;
    for (int i = s.length() - 1; i >= 0; i--) {
      int d = s.charAt(i) - '0';
      if (dbl) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      dbl = !dbl;
    }
    return sum;
  }

  /** @return the sum of the ASCII digits of {@code s} */
  static int digitSum(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < s.length(); i++) {
      sum += s.charAt(i) - '0';
    }
    return sum;
  }

  /**
   * The canonical text of an identifier: ASCII spaces removed (so that {@code "732 829 320"} is read),
   * ASCII {@code a}/{@code b} upper-cased (Corsica's {@code 2a}). Nothing else is changed: other
   * characters are left for the format check to reject.
   *
   * @throws NullPointerException naming {@code name} if {@code text} is null
   */
  static String canonical(CharSequence text, String name) {
    Objects.requireNonNull(text, name);
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ') {
        sb.append(c == 'a' || c == 'b' ? Character.toUpperCase(c) : c);
      }
    }
    return sb.toString();
  }
}
