package io.github.cptssdk.core.validation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A user-facing message in English and French.
 *
 * @param en the English text
 * @param fr the French text
 */
@API(status = STABLE, since = "0.1")
public record LocalizedText(String en, String fr) {

  /**
   * @param en the English text
   * @param fr the French text
   * @throws NullPointerException if a text is null
   */
  public LocalizedText {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(fr, "fr");
  }

  /**
   * @param en the English text
   * @param fr the French text
   * @return the text in both languages
   */
  public static LocalizedText of(String en, String fr) {
    return new LocalizedText(en, fr);
  }

  /**
   * @param locale the reader's locale
   * @return the French text for a French locale, the English text otherwise
   */
  public String in(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "fr".equals(locale.getLanguage()) ? fr : en;
  }

  @Override
  public String toString() {
    return en;
  }
}
