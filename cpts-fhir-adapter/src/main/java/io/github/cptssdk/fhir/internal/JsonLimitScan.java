package io.github.cptssdk.fhir.internal;

import io.github.cptssdk.fhir.FhirFormatException;
import io.github.cptssdk.fhir.FhirReadLimits;

/**
 * Checks JSON text against the nesting, string and number limits of {@link FhirReadLimits} in one pass over
 * its characters, before HAPI parses it, and rejects an unpaired surrogate written as an escape
 * ({@code \\udc00}: it could not be written back). It does not check the syntax: malformed text is left to HAPI's
 * parser, which rejects it with CPTS-0802. One instance per check (it holds the current line).
 */
final class JsonLimitScan {

  private final String text;
  private final FhirReadLimits limits;
  private int line = 1;
  private int lineStart;
  private long numberDigits;
  private int values;

  private JsonLimitScan(String text, FhirReadLimits limits) {
    this.text = text;
    this.limits = limits;
  }

  /** @throws FhirFormatException CPTS-0831, 0832, 0834..0837 at the line and column of the problem */
  static void check(String text, FhirReadLimits limits) {
    new JsonLimitScan(text, limits).scan();
  }

  private void scan() {
    int depth = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (c == '{' || c == '[') {
        value(i);
        if (++depth > limits.maxNestingDepth()) {
          throw exceeded(FhirFormatException.TOO_DEEP, i, limits.maxNestingDepth());
        }
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == '"') {
        value(i);
        i = endOfString(i);
      } else if (c == '-' || c >= '0' && c <= '9') {
        value(i);
        i = endOfNumber(i);
      } else if (c == 't' || c == 'f' || c == 'n') {
        value(i);
        while (i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
          i++;
        }
      }
    }
  }

  /**
   * HAPI writes every JSON decimal out in full ({@code BigDecimal.toPlainString}): {@code 1E999999999} would
   * be a string of a billion digits. Each number is bounded by its length in full (digits and exponent),
   * and so is the sum over the text, so that the digits HAPI writes are at most {@code maxDocumentLength}.
   *
   * @return the index of the last character of the number that starts at {@code start}
   */
  private int endOfNumber(int start) {
    int n = text.length();
    int i = start;
    int digits = 0;
    long exponent = 0;
    while (i < n && isNumberChar(text.charAt(i)) && text.charAt(i) != 'e' && text.charAt(i) != 'E') {
      digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
      i++;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      while (i < n && isNumberChar(text.charAt(i))) {
        char c = text.charAt(i);
        if (Character.isDigit(c)) {
          exponent = Math.min(exponent * 10 + (c - '0'), Integer.MAX_VALUE);
        }
        i++;
      }
    }
    // 2 for a sign and a decimal point, or the "0." that a negative exponent adds in front
    long written = digits + exponent + 2;
    if (written > FhirReadLimits.MAX_NUMBER_DIGITS) {
      throw exceeded(FhirFormatException.NUMBER_TOO_LARGE, start, FhirReadLimits.MAX_NUMBER_DIGITS);
    }
    numberDigits += written;
    if (numberDigits > limits.maxDocumentLength()) {
      throw exceeded(FhirFormatException.NUMBERS_TOO_LARGE, start, limits.maxDocumentLength());
    }
    return i - 1;
  }

  private static boolean isNumberChar(char c) {
    return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
  }

  /** @return the index of the closing quote of the string opened at {@code open} (or the end of the text) */
  private int endOfString(int open) {
    int max = limits.maxStringLength();
    int n = text.length();
    int length = 0;
    boolean pendingHigh = false;
    int i = open + 1;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        if (pendingHigh) {
          throw exceeded(FhirFormatException.UNPAIRED_SURROGATE, i, 0);
        }
        return i;
      }
      // An escape is one character of the value: \\uXXXX is six characters of text, the others two.
      boolean unicode = c == '\\' && i + 5 < n && text.charAt(i + 1) == 'u';
      char value = unicode ? hex(i + 2) : c == '\\' ? 'x' : c;
      if (pendingHigh != Character.isLowSurrogate(value)) { // a high surrogate not followed by a low one, or the reverse
        throw exceeded(FhirFormatException.UNPAIRED_SURROGATE, i, 0);
      }
      pendingHigh = Character.isHighSurrogate(value);
      i += c != '\\' ? 1 : unicode ? 6 : 2;
      if (++length > max) {
        throw exceeded(FhirFormatException.STRING_TOO_LONG, open, max);
      }
    }
    return n;
  }

  /** Counts one more value (its first character at {@code index}) against {@link FhirReadLimits#maxValues()}. */
  private void value(int index) {
    if (++values > limits.maxValues()) {
      throw exceeded(FhirFormatException.TOO_MANY_VALUES, index, limits.maxValues());
    }
  }

  /** @return the character of the four hexadecimal digits at {@code at}, or 'x' if they are not hexadecimal */
  private char hex(int at) {
    int v = 0;
    for (int k = at; k < at + 4; k++) {
      int d = Character.digit(text.charAt(k), 16);
      if (d < 0) {
        return 'x';
      }
      v = v * 16 + d;
    }
    return (char) v;
  }

  private FhirFormatException exceeded(String code, int index, int limit) {
    return new FhirFormatException(code, "JSON", line, index - lineStart + 1, limit);
  }
}
