package io.github.cptssdk.fhir.internal;

import io.github.cptssdk.fhir.FhirFormatException;
import io.github.cptssdk.fhir.FhirReadLimits;

/**
 * Checks JSON text against the nesting and string limits of {@link FhirReadLimits} in one pass over its
 * characters, before HAPI parses it. It does not check the syntax: malformed text is left to HAPI's
 * parser, which rejects it with CPTS-0802. One instance per check (it holds the current line).
 */
final class JsonLimitScan {

  private final String text;
  private final FhirReadLimits limits;
  private int line = 1;
  private int lineStart;

  private JsonLimitScan(String text, FhirReadLimits limits) {
    this.text = text;
    this.limits = limits;
  }

  /** @throws FhirFormatException CPTS-0831 or CPTS-0832 at the line and column where the limit is crossed */
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
        if (++depth > limits.maxNestingDepth()) {
          throw exceeded(FhirFormatException.TOO_DEEP, i, limits.maxNestingDepth());
        }
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == '"') {
        i = endOfString(i);
      }
    }
  }

  /** @return the index of the closing quote of the string opened at {@code open} (or the end of the text) */
  private int endOfString(int open) {
    int max = limits.maxStringLength();
    int n = text.length();
    int length = 0;
    int i = open + 1;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        return i;
      }
      // An escape is one character of the value: \\uXXXX is six characters of text, the others two.
      i += c != '\\' ? 1 : i + 1 < n && text.charAt(i + 1) == 'u' ? 6 : 2;
      if (++length > max) {
        throw exceeded(FhirFormatException.STRING_TOO_LONG, open, max);
      }
    }
    return n;
  }

  private FhirFormatException exceeded(String code, int index, int limit) {
    return new FhirFormatException(code, "JSON", line, index - lineStart + 1, limit);
  }
}
