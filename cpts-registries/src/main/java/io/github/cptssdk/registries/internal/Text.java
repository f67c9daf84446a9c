package io.github.cptssdk.registries.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers: header-label normalisation, UTF-8 validity, decoding. Stateless. */
public final class Text {

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Text() {}

  /**
   * @return the label with accents, case, punctuation and spacing removed ({@code "Code Département
   *     (structure)"} gives {@code "codedepartementstructure"}); a BOM is ignored
   */
  public static String normalise(String label) {
    String s = MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** @return a place name in upper case, accents and punctuation removed, SAINT(E) abbreviated ST(E) */
  public static String placeName(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toUpperCase(Locale.ROOT);
    s = s.replaceAll("[^A-Z0-9]+", " ").trim();
    s = s.replaceAll("\\bCEDEX( \\d+)?$", "").trim();
    return s.replaceAll("\\bSAINTE\\b", "STE").replaceAll("\\bSAINT\\b", "ST");
  }

  /** @return true if the bytes are well-formed UTF-8 (no overlong forms, no surrogates) */
  public static boolean isUtf8(byte[] b, int start, int end) {
    int i = start;
    while (i < end) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + n >= end) {
        return false;
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      i += n + 1;
    }
    return true;
  }

  /** @return the bytes as a string; pure ASCII takes the fast path */
  public static String decode(byte[] b, int start, int end, boolean utf8) {
    if (start == end) {
      return "";
    }
    for (int i = start; i < end; i++) {
      if (b[i] < 0) {
        return new String(b, start, end - start, utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
      }
    }
    return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
  }
}
