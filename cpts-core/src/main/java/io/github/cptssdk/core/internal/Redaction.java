package io.github.cptssdk.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a message may copy from its input: the name of a field, column or element when it looks like
 * one, never a value. Used where a name comes from the input (an unknown property, a duplicated
 * column) and where a third-party parser or validator wrote the message (Jackson, HAPI), since those
 * quote the offending text. Stateless and thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class Redaction {

  /** What replaces a redacted name or value. */
  public static final String PLACEHOLDER = "?";

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
  private static final Pattern DIGITS = Pattern.compile("\\d");
  /**
   * A single-quoted text: the opening quote is not an apostrophe inside a word ("can't"), and an apostrophe
   * followed by a letter inside the quotes ('O'Brien') does not close it.
   */
  private static final Pattern SINGLE_QUOTED = Pattern.compile("(?<![A-Za-z])'(?:[^'\\r\\n]|'(?=[A-Za-z]))*'");
  private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"\\r\\n]*\"");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z_][^<>\\r\\n]*>");
  private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");

  /** Most digits a name may hold: more looks like an identifier (a patient id, an RPPS, a NIR). */
  static final int MAX_DIGITS_IN_NAME = 3;

  private Redaction() {}

  /** @return true if {@code text} looks like the name of a field, column or element, not like a value */
  public static boolean isName(@Nullable String text) {
    return text != null && NAME.matcher(text).matches() && DIGITS.matcher(text).results().count() <= MAX_DIGITS_IN_NAME;
  }

  /** @return {@code text} if it looks like a name ({@link #isName}), else {@link #PLACEHOLDER} */
  public static String name(@Nullable String text) {
    return isName(text) ? text : PLACEHOLDER;
  }

  /**
   * @return a third-party message with every quoted text, XML tag and number of 5 digits or more
   *     replaced by {@link #PLACEHOLDER}
   */
  public static String text(@Nullable String message) {
    if (message == null) {
      return "";
    }
    String s = SINGLE_QUOTED.matcher(message).replaceAll("'" + PLACEHOLDER + "'");
    s = DOUBLE_QUOTED.matcher(s).replaceAll("\"" + PLACEHOLDER + "\"");
    s = TAG.matcher(s).replaceAll("<" + PLACEHOLDER + ">");
    return LONG_NUMBER.matcher(s).replaceAll(PLACEHOLDER);
  }
}
