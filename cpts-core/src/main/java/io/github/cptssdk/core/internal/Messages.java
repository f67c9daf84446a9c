package io.github.cptssdk.core.internal;

import io.github.cptssdk.core.validation.LocalizedText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Reads the English and French text of a message code from a module's resource bundle.
 *
 * <p>Each module creates one instance with a loader defined in its own code, because in a named module
 * {@link ResourceBundle#getBundle(String, Locale)} finds only the caller's module bundles:
 * {@code new Messages(l -> ResourceBundle.getBundle("io.github.cptssdk.core.messages", l))}.
 * Keys are the codes ({@code CPTS-0042=...}); arguments use {@link MessageFormat} ({@code {0}}).
 */
public final class Messages {

  private final ResourceBundle english;
  private final ResourceBundle french;

  public Messages(Function<Locale, ResourceBundle> loader) {
    this.english = loader.apply(Locale.ROOT);
    this.french = loader.apply(Locale.FRENCH);
  }

  /**
   * @return the message of {@code code} with its arguments, in both languages
   * @throws IllegalStateException if the code has no message (a defect, caught by the bundle tests)
   */
  public LocalizedText text(String code, Object... args) {
    return LocalizedText.of(format(english, code, args), format(french, code, args));
  }

  /** @return the English message of {@code code} */
  public String english(String code, Object... args) {
    return format(english, code, args);
  }

  public ResourceBundle englishBundle() {
    return english;
  }

  public ResourceBundle frenchBundle() {
    return french;
  }

  private static String format(ResourceBundle bundle, String code, Object... args) {
    try {
      String pattern = bundle.getString(code);
      return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message for code [" + code + "] in bundle " + bundle.getBaseBundleName(), e);
    }
  }
}
