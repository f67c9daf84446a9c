package io.github.cptssdk.core.id;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import io.github.cptssdk.core.internal.Messages;
import io.github.cptssdk.core.validation.LocalizedText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The EN/FR texts of the identifier package, from the bundle
 * {@code io/github/cptssdk/core/id/messages{,_fr}.properties} (package-private, thread-safe).
 */
final class IdMessages {

  /** Base name of the bundle. */
  static final String BUNDLE = "io.github.cptssdk.core.id.messages";

  private static final Messages MESSAGES = new Messages(l -> ResourceBundle.getBundle(BUNDLE, l));

  private IdMessages() {}

  /** @return the EN/FR text of a fragment code (a kind's name or expected form), used as is */
  static LocalizedText fragment(String code) {
    return MESSAGES.text(code);
  }

  /** @return the EN/FR message of {@code reason} for {@code kind}, each language with its own words */
  static LocalizedText invalid(Reason reason, IdentifierKind kind) {
    LocalizedText name = kind.displayName();
    LocalizedText expected = kind.expectedForm();
    String en = MESSAGES.english(reason.code(), name.en(), expected.en());
    String pattern = MESSAGES.frenchBundle().getString(reason.code());
    String fr = new MessageFormat(pattern, Locale.FRENCH).format(new Object[] {name.fr(), expected.fr()});
    return LocalizedText.of(en, fr);
  }
}
