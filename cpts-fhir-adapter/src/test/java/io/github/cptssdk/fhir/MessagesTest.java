package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.fhir.internal.FhirMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every code used in the module's sources has an English and a French message, in the 08xx range. */
class MessagesTest {

  private static final Pattern CODE = Pattern.compile("\"(CPTS-\\d{4})\"");

  private static Set<String> codesUsedInSources() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = CODE.matcher(Files.readString(f));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }

  @Test
  void everyUsedCodeHasBothMessages() throws IOException {
    Set<String> used = codesUsedInSources();
    assertThat(used).hasSizeGreaterThan(20);
    Set<String> english = new TreeSet<>(Collections.list(FhirMessages.get().englishBundle().getKeys()));
    Set<String> french = new TreeSet<>(Collections.list(FhirMessages.get().frenchBundle().getKeys()));
    assertThat(english).containsAll(used);
    assertThat(french).isEqualTo(english);
    assertThat(english).allMatch(c -> c.matches("CPTS-08\\d\\d"));
  }

  @Test
  void messagesFormatWithArgumentsInBothLanguages() {
    for (String code : Collections.list(FhirMessages.get().englishBundle().getKeys())) {
      var text = FhirMessages.text(code, "A0", "A1", "A2", "A3");
      assertThat(text.en()).doesNotContain("{0}").isNotBlank();
      assertThat(text.fr()).doesNotContain("{0}").isNotBlank().isNotEqualTo(text.en());
      assertThat(text.fr()).doesNotContain("d'{").satisfies(fr -> {
        if (FhirMessages.get().frenchBundle().getString(code).contains("''")) {
          assertThat(fr).contains("'").doesNotContain("''");
        }
      });
    }
  }
}
