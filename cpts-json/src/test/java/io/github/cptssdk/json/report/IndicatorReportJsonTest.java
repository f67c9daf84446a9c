package io.github.cptssdk.json.report;

import static io.github.cptssdk.json.report.ReportJsonTest.keys;
import static io.github.cptssdk.json.report.ReportJsonTest.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.synth.SynthParameters;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ReportJson#indicators} has the keys its JSON Schema requires and never writes a masked value. */
class IndicatorReportJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int YEAR = 2025;
  private static IndicatorReport report;

  @BeforeAll
  static void compute() {
    CommuneReferential ref = CommuneReferential.official();
    Map<CptsId, Territory> territories = new LinkedHashMap<>();
    territories.put(CptsId.of("cpts-sete"), Territory.parse("34301"));
    territories.put(CptsId.of("cpts-frontignan"), Territory.parse("34108"));
    IndicatorEngine engine = IndicatorEngine.builder().referential(ref).territories(territories).year(YEAR).build();
    report = engine.compute(SyntheticPopulation.of(ref, territories.values(), SynthParameters.defaults(YEAR), 7L)
        .toBatch(engine.dictionary()));
  }

  private static List<String> required(JsonNode def) {
    List<String> keys = new ArrayList<>();
    def.path("required").forEach(k -> keys.add(k.asText()));
    return keys;
  }

  private static JsonNode write(boolean unmasked, ReadSummary events) throws IOException {
    return JSON.readTree(ReportJson.indicators(report, report.areas(), unmasked, new ReadSummary(10, 9, Map.of("CPTS-0701", 1L)),
        events));
  }

  @Test
  void keysAreTheSchemas() throws IOException {
    JsonNode defs = schema().path("$defs");
    JsonNode root = write(false, null);
    assertThat(keys(root)).containsExactlyElementsOf(required(defs.path("indicators")));
    assertThat(keys(write(false, new ReadSummary(0, 0, Map.of())))).containsAll(required(defs.path("indicators"))).contains("events");
    assertThat(keys(root.get("patients"))).containsExactlyElementsOf(required(defs.path("readSummary")));
    assertThat(root.get("patients").get("rejected").get("CPTS-0701").asLong()).isEqualTo(1);
    JsonNode area = root.get("areas").get(0);
    assertThat(keys(area)).containsExactlyElementsOf(required(defs.path("indicators").path("properties").path("areas").path("items")));
    assertThat(area.get("level").asText()).isEqualTo("cpts");
    assertThat(area.get("code").asText()).isEqualTo(report.areas().get(0).code());
    for (JsonNode a : root.get("areas")) {
      assertThat(a.get("indicators")).hasSize(report.published(report.areas().get(0)).size());
      a.get("indicators").forEach(v -> assertThat(keys(v)).containsExactlyElementsOf(required(defs.path("indicatorValue"))));
    }
  }

  @Test
  void aMaskedValueIsNeverWrittenUnlessUnmasked() throws IOException {
    JsonNode masked = write(false, null);
    JsonNode raw = write(true, null);
    assertThat(masked.get("unmasked").asBoolean()).isFalse();
    int maskedCells = 0;
    for (int a = 0; a < report.areas().size(); a++) {
      Area area = report.areas().get(a);
      for (int i = 0; i < report.published(area).size(); i++) {
        PublishedValue p = report.published(area).get(i);
        IndicatorResult r = report.unmasked(area).get(i);
        JsonNode m = masked.get("areas").get(a).get("indicators").get(i);
        JsonNode u = raw.get("areas").get(a).get("indicators").get(i);
        assertThat(m.get("id").asText()).isEqualTo(p.indicator().name());
        assertThat(m.get("suppression").asText()).isEqualTo(u.get("suppression").asText());
        assertThat(u.get("numerator").asLong()).isEqualTo(r.numerator());
        if (p.suppression().masked()) {
          maskedCells++;
          assertThat(m.get("numerator").isNull()).as(p.indicator().name()).isTrue();
          assertThat(m.get("denominator").isNull()).isTrue();
          assertThat(m.get("rate").isNull()).isTrue();
        } else {
          assertThat(m.get("numerator").asLong()).isEqualTo(r.numerator());
          assertThat(m.get("suppression").asText()).isEqualTo("none");
        }
      }
    }
    assertThat(maskedCells).as("the fixture has masked cells").isPositive();
  }

  @Test
  void valuesOfDifferentAreasAreRefused() {
    Area sete = report.cpts(CptsId.of("cpts-sete")).orElseThrow();
    List<IndicatorResult> raw = report.unmasked(sete);
    assertThatThrownBy(() -> ReportJson.indicatorTree(report.published(sete), raw.subList(1, raw.size()), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportJson.indicatorTree(report.published(sete).subList(1, raw.size()), raw.subList(0, raw.size() - 1), false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
