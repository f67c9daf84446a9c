package io.github.cptssdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.testing.SourceCodes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every code used by the model validation has an English and a French message, and only those. */
class ModelMessagesTest {

  static final Pattern CODE = Pattern.compile("\"(CPTS-01\\d\\d)\"");

  static Set<String> codesUsedInSources() throws IOException {
    return SourceCodes.inFolders(CODE, Path.of("src/main/java/io/github/cptssdk/core/model"),
        Path.of("src/main/java/io/github/cptssdk/core/internal"));
  }

  @Test
  void everyCodeUsedHasAnEnglishAndAFrenchMessage() throws IOException {
    ResourceBundle en = ResourceBundle.getBundle(ModelMessages.BUNDLE, Locale.ROOT);
    ResourceBundle fr = ResourceBundle.getBundle(ModelMessages.BUNDLE, Locale.FRENCH);
    Set<String> used = codesUsedInSources();
    assertThat(used).contains("CPTS-0100", "CPTS-0104", "CPTS-0150");
    for (String code : used) {
      assertThat(en.getString(code)).as(code).isNotBlank();
      assertThat(fr.getString(code)).as(code).isNotBlank().isNotEqualTo(en.getString(code));
    }
  }

  @Test
  void everyMessageOfTheBundleIsUsedAndStaysInTheModelRange() throws IOException {
    ResourceBundle en = ResourceBundle.getBundle(ModelMessages.BUNDLE, Locale.ROOT);
    Set<String> keys = new TreeSet<>(Collections.list(en.getKeys()));
    keys.removeIf(k -> !k.startsWith("CPTS-"));
    assertThat(keys).allMatch(k -> k.matches("CPTS-01\\d\\d"));
    assertThat(codesUsedInSources()).containsAll(keys);
  }

  @Test
  void formattedMessagesHaveNoDoubledQuote() {
    assertThat(ModelMessages.text("CPTS-0113", "x").fr()).contains("d'exercice");
    assertThat(ModelMessages.text("CPTS-0109").fr()).contains("l'association").doesNotContain("''");
  }
}
