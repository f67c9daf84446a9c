package io.github.cptssdk.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.internal.Messages;
import io.github.cptssdk.core.validation.LocalizedText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apiguardian.api.API;

/**
 * The message bundle of cpts-json ({@code io/github/cptssdk/json/messages*.properties}). Patterns are
 * always formatted with {@link MessageFormat} (a quote is written {@code ''}); arguments may differ by
 * language.
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonMessages {

  /** Base name of the bundle. */
  public static final String BUNDLE = "io.github.cptssdk.json.messages";

  private static final Messages MESSAGES = new Messages(l -> ResourceBundle.getBundle(BUNDLE, l));

  private JsonMessages() {}

  /** @return the message of {@code code} with the same arguments in both languages */
  public static LocalizedText text(String code, Object... args) {
    return text(code, args, args);
  }

  /** @return the message of {@code code}, English arguments {@code en} and French arguments {@code fr} */
  public static LocalizedText text(String code, Object[] en, Object[] fr) {
    return LocalizedText.of(format(MESSAGES.englishBundle(), code, en), format(MESSAGES.frenchBundle(), code, fr));
  }

  private static String format(ResourceBundle bundle, String code, Object[] args) {
    return new MessageFormat(bundle.getString(code), Locale.ROOT).format(args);
  }
}
