package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.testing.SourceCodes;
import io.github.cptssdk.fhir.internal.FhirMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every code used in the module's sources has an English and a French message, in the 08xx range (1120..1129 for the SAS mapping). */
class MessagesTest {

  private static Set<String> codesUsedInSources() throws IOException {
    return SourceCodes.inTree(SourceCodes.QUOTED_CODE, Path.of("src/main/java"));
  }

  @Test
  void everyUsedCodeHasBothMessages() throws IOException {
    Set<String> used = codesUsedInSources();
    assertThat(used).hasSizeGreaterThan(20);
    Set<String> english = new TreeSet<>(Collections.list(FhirMessages.get().englishBundle().getKeys()));
    Set<String> french = new TreeSet<>(Collections.list(FhirMessages.get().frenchBundle().getKeys()));
    assertThat(english).containsAll(used);
    assertThat(french).isEqualTo(english);
    assertThat(english).allMatch(c -> c.matches("CPTS-(08\\d\\d|112\\d)")); // 1120..1129: the SAS mapping (issue 14)
  }

  /** Text arguments, or numbers where the English pattern formats a number ({@code {1,number,#}}). */
  private static Object[] arguments(String code) {
    String pattern = FhirMessages.get().englishBundle().getString(code);
    Object[] args = {"A0", "A1", "A2", "A3"};
    for (int i = 0; i < args.length; i++) {
      if (pattern.contains("{" + i + ",number")) {
        args[i] = 1_044_000 + i;
      }
    }
    return args;
  }

  @Test
  void lineColumnAndLimitAreWrittenWithoutDigitGroupingInBothLanguages() {
    var malformed = FhirMessages.text("CPTS-0802", "JSON", 1_044, 12_345, "detail");
    assertThat(malformed.en()).contains("line 1044, column 12345");
    assertThat(malformed.fr()).contains("ligne 1044, colonne 12345");
    for (String code : List.of("CPTS-0830", "CPTS-0831", "CPTS-0832")) {
      var text = FhirMessages.text(code, "JSON", 1_044, 12_345, 67_108_864);
      assertThat(List.of(text.en(), text.fr())).allSatisfy(t -> assertThat(t).contains("67108864"));
      if (!code.equals("CPTS-0830")) {
        assertThat(text.en()).contains("line 1044, column 12345");
        assertThat(text.fr()).contains("ligne 1044, colonne 12345");
      }
    }
  }

  @Test
  void theReadLimitCodesHaveBothMessages() {
    for (String code : List.of(FhirFormatException.TOO_LONG, FhirFormatException.TOO_DEEP, FhirFormatException.STRING_TOO_LONG)) {
      var text = FhirMessages.text(code, "XML", 3, 7, 64);
      assertThat(text.en()).contains("XML").contains("64").isNotEqualTo(text.fr());
      assertThat(text.fr()).contains("XML").contains("64").contains("attendu");
    }
  }

  @Test
  void messagesFormatWithArgumentsInBothLanguages() {
    for (String code : Collections.list(FhirMessages.get().englishBundle().getKeys())) {
      var text = FhirMessages.text(code, arguments(code));
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
