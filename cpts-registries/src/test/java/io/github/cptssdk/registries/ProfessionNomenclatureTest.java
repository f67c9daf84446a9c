package io.github.cptssdk.registries;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cptssdk.core.model.Profession;
import io.github.cptssdk.registries.internal.Labels;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every code of the TRE_G15 nomenclature published by the ANS (the NOS CodeSystem in ../shared/fhir/nos,
 * version 20250328120000) maps to a core {@link Profession} with its French label, and to the label of the
 * registries' bundled table: no profession's rows are skipped for want of a mapping.
 */
class ProfessionNomenclatureTest {

  static final Path CODE_SYSTEM = Path.of("..").toAbsolutePath().normalize()
      .resolve("../shared/fhir/nos/CodeSystem-TRE-G15-ProfessionSante-20250328120000.json").normalize();

  /** @return code to display of the top-level concepts of the CodeSystem */
  static Map<String, String> concepts() throws Exception {
    assertThat(CODE_SYSTEM).as("the TRE_G15 CodeSystem of ../shared/fhir/nos (read-only)").exists();
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(CODE_SYSTEM.toFile())) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("concept") && p.getParsingContext().getParent().inRoot()) {
          p.nextToken();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            String code = null;
            String display = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              p.nextToken();
              if (name.equals("code")) {
                code = p.getText();
              } else if (name.equals("display")) {
                display = p.getText();
              } else {
                p.skipChildren();
              }
            }
            out.put(code, display);
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyCodeOfTheNomenclatureMapsWithItsLabel() throws Exception {
    Map<String, String> concepts = concepts();
    assertThat(concepts).hasSize(30);
    concepts.forEach((code, label) -> {
      assertThat(Profession.fromCode(code)).as(code).hasValueSatisfying(p -> assertThat(p.labelFr()).isEqualTo(label));
      assertThat(Labels.profession(code)).as(code).isEqualTo(label);
    });
    assertThat(Profession.values()).extracting(Profession::code).containsExactlyInAnyOrderElementsOf(concepts.keySet());
  }
}
