package io.github.cptssdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.testing.SourceCodes;
import io.github.cptssdk.json.internal.JsonMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every code of the document format (CPTS-03xx) has an English and a French message, and every message is used. */
class JsonMessagesTest {

  static Set<String> codesUsed() throws IOException {
    Path json = Path.of("src/main/java/io/github/cptssdk/json");
    return SourceCodes.inFolders(Pattern.compile("\"(CPTS-03\\d\\d)\""), json, json.resolve("internal"));
  }

  @Test
  void everyCodeHasBothLanguagesAndIsInTheJsonRange() throws IOException {
    ResourceBundle en = ResourceBundle.getBundle(JsonMessages.BUNDLE, Locale.ROOT);
    ResourceBundle fr = ResourceBundle.getBundle(JsonMessages.BUNDLE, Locale.FRENCH);
    Set<String> used = codesUsed();
    assertThat(used).isNotEmpty().allMatch(c -> c.matches("CPTS-03\\d\\d"));
    for (String c : used) {
      assertThat(en.getString(c)).as(c).isNotBlank();
      assertThat(fr.getString(c)).as(c).isNotBlank().isNotEqualTo(en.getString(c));
      assertThat(JsonMessages.text(c, "x", "y", "z").fr()).as(c).doesNotContain("''");
    }
    assertThat(used).containsAll(Collections.list(en.getKeys()));
  }
}
