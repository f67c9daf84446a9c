package io.github.cptssdk.core.id;

/** Check-digit algorithms shared by the identifiers (package-private). */
final class CheckDigits {

  private CheckDigits() {}

  /** @return true if {@code s} is made of {@code length} ASCII digits */
  static boolean isDigits(CharSequence s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** @return true if the digits of {@code s} pass the Luhn (mod 10) check, last digit being the key */
  static boolean luhnValid(CharSequence s) {
    return luhnSum(s, false) % 10 == 0;
  }

  /** @return the Luhn check digit to append to {@code payload} */
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
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum;
  }

  /** @return the sum of the digits of {@code s} */
  static int digitSum(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < s.length(); i++) {
      sum += s.charAt(i) - '0';
    }
    return sum;
  }

  /** @return {@code text} without spaces, or the exception if null */
  static String strip(CharSequence text, String name) {
    if (text == null) {
      throw new NullPointerException(name);
    }
    return text.toString().replace(" ", "");
  }
}
