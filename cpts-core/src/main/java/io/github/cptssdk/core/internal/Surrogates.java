package io.github.cptssdk.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Unpaired UTF-16 surrogates: text that holds one cannot be written as UTF-8 (an encoder writes {@code ?}),
 * so the readers reject it to keep every round trip exact (issue 17). Stateless and thread-safe.
 */
@API(status = INTERNAL, since = "0.2")
public final class Surrogates {

  private Surrogates() {}

  /**
   * @param text any text
   * @return the index of the first unpaired surrogate of {@code text}, or -1 if there is none
   */
  public static int firstUnpaired(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param text any text
   * @return {@code text} with each unpaired surrogate written as the JSON escape {@code \\uXXXX} (so that a JSON
   *     reader meets it inside its string and reports it with its path), or {@code text} itself if it has none
   */
  public static String escapeUnpaired(String text) {
    int first = firstUnpaired(text);
    if (first < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
