package io.github.cptssdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.LegalForm;
import io.github.cptssdk.core.model.MembershipKind;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.OrganisationKind;
import io.github.cptssdk.core.model.Profession;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.testing.ModelArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The JSON Schema agrees with what the writer produces and with the model's enums. */
class DocumentSchemaTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode schema() throws IOException {
    return JSON.readTree(CptsJson.schema());
  }

  @Provide
  Arbitrary<Cpts> cpts() {
    return ModelArbitraries.cpts();
  }

  @Property(tries = 100)
  void everyWrittenDocumentMatchesTheSchema(@ForAll("cpts") Cpts c) throws IOException {
    JsonNode doc = JSON.readTree(CptsJson.write(c));
    assertThat(new MiniSchemaValidator(schema()).validate(doc)).isEmpty();
  }

  @Test
  void theExamplesMatchTheSchema() throws IOException {
    MiniSchemaValidator v = new MiniSchemaValidator(schema());
    for (String f : List.of("cpts-sete.json", "cpts-loches.json", "cpts-nancy.json")) {
      assertThat(v.validate(JSON.readTree(Path.of("../examples/data", f).toFile()))).as(f).isEmpty();
    }
  }

  @Test
  void theCheckerRejectsWhatTheReaderRejects() throws IOException {
    ObjectNode doc = (ObjectNode) JSON.readTree(CptsJson.write(Cpts.of(CptsId.of("cpts-x"), "X", Territory.parse("54395"))));
    MiniSchemaValidator v = new MiniSchemaValidator(schema());
    assertThat(v.validate(doc.deepCopy().put("extra", 1))).containsExactly("$: undeclared property extra");
    assertThat(v.validate(doc.deepCopy().put("legalForm", "SARL"))).containsExactly("$.legalForm: not in enum");
    ObjectNode noName = doc.deepCopy();
    noName.remove("name");
    assertThat(v.validate(noName)).containsExactly("$: missing name");
  }

  @Test
  void requiredPropertiesAreThoseAMinimalDocumentHas() throws IOException {
    JsonNode minimal = CptsJson.codec().without(CptsJsonFeature.WRITE_EMPTY_LISTS)
        .document(Cpts.of(CptsId.of("cpts-x"), "X", Territory.parse("54395")).withLegalForm(LegalForm.SISA));
    Set<String> written = new TreeSet<>();
    minimal.fieldNames().forEachRemaining(written::add);
    Set<String> required = new TreeSet<>();
    schema().get("required").forEach(n -> required.add(n.asText()));
    assertThat(written).isEqualTo(required);
  }

  @Test
  void enumsOfTheSchemaAreThoseOfTheModel() throws IOException {
    JsonNode defs = schema().get("$defs");
    assertThat(names(schema().at("/properties/legalForm/enum"))).isEqualTo(names(LegalForm.values()));
    assertThat(names(defs.at("/professional/properties/profession/enum"))).isEqualTo(names(Profession.values()));
    assertThat(names(defs.at("/professional/properties/membership/enum"))).isEqualTo(names(MembershipKind.values()));
    assertThat(names(defs.at("/organisation/properties/kind/enum"))).isEqualTo(names(OrganisationKind.values()));
    assertThat(names(defs.at("/missionCommitment/properties/mission/enum"))).isEqualTo(names(Mission.values()));
  }

  @Test
  void everyObjectOfTheSchemaIsClosedAndTheDocsCopyIsTheSame() throws IOException {
    List<JsonNode> objects = new ArrayList<>();
    collectObjects(schema(), objects);
    assertThat(objects).hasSizeGreaterThan(5).allMatch(o -> o.has("additionalProperties") && !o.get("additionalProperties").asBoolean());
    assertThat(Files.readString(Path.of("../docs/cpts-document.schema.json")))
        .isEqualTo(Files.readString(Path.of("src/main/resources/io/github/cptssdk/json/cpts-document.schema.json")));
  }

  private static void collectObjects(JsonNode node, List<JsonNode> out) {
    if ("object".equals(node.path("type").asText())) {
      out.add(node);
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
      collectObjects(it.next(), out);
    }
  }

  private static List<String> names(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
