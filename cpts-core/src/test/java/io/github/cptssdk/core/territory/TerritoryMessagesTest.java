package io.github.cptssdk.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.internal.Messages;
import io.github.cptssdk.core.territory.internal.TerritoryMessages;
import io.github.cptssdk.core.testing.SourceCodes;
import io.github.cptssdk.core.validation.LocalizedText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TerritoryMessagesTest {

  /** Every code thrown by the territory package. */
  private static final List<String> CODES = List.of("CPTS-0200", UnknownTerritoryException.CODE);

  private final Messages messages = TerritoryMessages.get();

  @Test
  void every_code_has_an_english_and_a_french_message() {
    for (String code : CODES) {
      LocalizedText text = messages.text(code, "a", "b", "c");
      assertThat(text.en()).isNotBlank().doesNotContain("{");
      assertThat(text.fr()).isNotBlank().doesNotContain("{").isNotEqualTo(text.en());
    }
  }

  @Test
  void bundles_hold_only_territory_codes_and_the_same_keys() {
    List<String> en = Collections.list(messages.englishBundle().getKeys());
    assertThat(en).allMatch(k -> k.matches("CPTS-02\\d\\d")).containsExactlyInAnyOrderElementsOf(CODES);
    assertThat(messages.frenchBundle().keySet()).containsExactlyInAnyOrderElementsOf(CODES);
  }

  @Test
  void every_code_in_the_sources_is_in_the_list() throws IOException {
    Set<String> used = SourceCodes.inTree(Pattern.compile("CPTS-02\\d\\d"),
        Path.of("src/main/java/io/github/cptssdk/core/territory"));
    assertThat(used).isNotEmpty();
    assertThat(CODES).containsAll(used);
  }

  @Test
  void french_message_names_the_bad_code() {
    UnknownTerritoryException e = new UnknownTerritoryException("EPCI", "123456789", "test");
    assertThat(messages.text(e.code(), "EPCI", "123456789", "test").fr())
        .startsWith("code EPCI inconnu [123456789] dans test");
  }
}
