package io.github.cptssdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every code used by the model validation has an English and a French message, and only those. */
class ModelMessagesTest {

  static final Pattern CODE = Pattern.compile("\"(CPTS-01\\d\\d)\"");

  static Set<String> codesUsedInSources() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (String dir : List.of("src/main/java/io/github/cptssdk/core/model", "src/main/java/io/github/cptssdk/core/internal")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          Matcher m = CODE.matcher(Files.readString(f));
          while (m.find()) {
            codes.add(m.group(1));
          }
        }
      }
    }
    return codes;
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
