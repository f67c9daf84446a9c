package io.github.cptssdk.json.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.territory.TerritoryProfile;
import io.github.cptssdk.core.validation.LocalizedText;
import io.github.cptssdk.core.validation.Severity;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The reports of {@link ReportJson} have the keys their JSON Schema (docs/reports.schema.json) requires. */
class ReportJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode schema() throws IOException {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path file = p.resolve("docs").resolve("reports.schema.json");
      if (Files.isRegularFile(file)) {
        return JSON.readTree(Files.readString(file));
      }
    }
    throw new IllegalStateException("docs/reports.schema.json not found");
  }

  static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> required(String def) throws IOException {
    List<String> keys = new ArrayList<>();
    schema().path("$defs").path(def).path("required").forEach(k -> keys.add(k.asText()));
    return keys;
  }

  private static final ValidationReport REPORT = ValidationReport.of(List.of(
      new ValidationIssue(Severity.ERROR, "CPTS-0112", "territory.communes[1]", new LocalizedText("unknown", "inconnue"))));

  @Test
  void issuesUseOneKeyForTheirPath() throws IOException {
    JsonNode issues = JSON.readTree(ReportJson.issues(REPORT));
    assertThat(issues).hasSize(1);
    assertThat(keys(issues.get(0))).containsExactlyElementsOf(required("issue"));
    assertThat(issues.get(0).get("path").asText()).isEqualTo("territory.communes[1]");
    assertThat(issues.get(0).get("fr").asText()).isEqualTo("inconnue");
  }

  @Test
  void eligibilityReport() throws IOException {
    JsonNode r = JSON.readTree(ReportJson.eligibility("cpts-thau", LocalDate.of(2025, 3, 1), null, REPORT));
    assertThat(keys(r)).containsExactlyElementsOf(required("eligibility"));
    assertThat(r.get("version").isNull()).isTrue();
    assertThat(r.get("eligible").asBoolean()).isFalse();
    assertThat(r.get("errors").asInt()).isEqualTo(1);
    assertThat(r.get("issues").get(0).get("code").asText()).isEqualTo("CPTS-0112");
  }

  @Test
  void territoryProfile() throws IOException {
    TerritoryProfile p = new TerritoryProfile(Territory.parse("34301", "34999"), 44_000, 1, new TreeSet<>(List.of("34")),
        new TreeSet<>(List.of("76")), new TreeSet<>(List.of(CommuneCode.of("34999"))));
    Map<String, SizeBand> bands = new LinkedHashMap<>();
    bands.put("aci-2019", SizeBand.SIZE_1);
    Epci epci = new Epci(EpciCode.parse("243400769"), "Sète Agglopôle", "CA", List.of(CommuneCode.of("34301")), 44_000);
    JsonNode r = JSON.readTree(ReportJson.territory(p, epci, bands, "test"));
    assertThat(keys(r)).containsAll(required("territory")).contains("epci");
    assertThat(r.get("sizeBand").get("aci-2019").asText()).isEqualTo("SIZE_1");
    assertThat(r.get("unknownCodes").get(0).asText()).isEqualTo("34999");
    assertThat(keys(JSON.readTree(ReportJson.territory(p, null, bands, "test")))).containsExactlyElementsOf(required("territory"));
  }
}
