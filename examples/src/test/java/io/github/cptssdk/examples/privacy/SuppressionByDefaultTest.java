package io.github.cptssdk.examples.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cptssdk.cli.Io;
import io.github.cptssdk.cli.Main;
import io.github.cptssdk.cli.report.HtmlReport;
import io.github.cptssdk.cli.report.ReportData;
import io.github.cptssdk.cli.report.ReportData.CptsSection;
import io.github.cptssdk.cli.report.ReportData.IndicatorRow;
import io.github.cptssdk.cli.report.ReportData.RegionalView;
import io.github.cptssdk.cli.report.ReportData.TerritoryLine;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.json.CptsJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small-count suppression is on by default wherever indicator results leave the library: the CLI table,
 * the CLI JSON, the HTML report. It applies to the patient-level indicators ({@link Indicator#isPatientLevel()});
 * activity counts (events held, professionals taking part) are not patient data and are published. Counts under 11 (numerator, denominator or their difference) are shown
 * only with the explicit {@code --unmasked} opt-in; the HTML report never shows them. (FHIR and the JSON
 * documents of cpts-json carry no indicator counts.)
 */
class SuppressionByDefaultTest {

  private static final int THRESHOLD = 11;
  private static final Pattern TABLE_ROW =
      Pattern.compile("^  ([A-Z0-9_]+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+(?: %)?)\\s+(.+)$", Pattern.MULTILINE);

  @TempDir
  static Path dir;

  @BeforeAll
  static void patients() {
    // A small synthetic population: many cells fall under the threshold.
    assertThat(run("synth", "--epci", "243400769", "--out", "patients.csv", "--scale", "0.002", "--seed", "11", "--quiet")[0])
        .isEqualTo("0");
  }

  private static String[] run(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(argv, new Io(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir, false));
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  private static String[] indicators(String... extra) {
    List<String> argv = new ArrayList<>(List.of("indicators", "--patients", "patients.csv", "--year", "2025",
        "--territory", "cpts-sete=243400769;cpts-port=34301", "--level", "all", "--quiet"));
    argv.addAll(List.of(extra));
    String[] r = run(argv.toArray(String[]::new));
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    return r;
  }

  @Test
  void tableMasksSmallCountsByDefault() {
    List<long[]> cells = tableCells(indicators()[1]);
    assertThat(cells).isNotEmpty();
    assertThat(cells).allSatisfy(SuppressionByDefaultTest::publishable);
    assertThat(indicators()[1]).contains("masked (small count)");
  }

  @Test
  void jsonMasksSmallCountsByDefault() throws Exception {
    JsonNode root = CptsJson.mapper().readTree(indicators("--json")[1]);
    assertThat(root.get("unmasked").asBoolean()).isFalse();
    List<long[]> cells = jsonCells(root);
    assertThat(cells).isNotEmpty().allSatisfy(SuppressionByDefaultTest::publishable);
  }

  @Test
  void smallCountsNeedTheExplicitOptIn() throws Exception {
    // The opt-in shows them: so the two tests above could fail.
    assertThat(tableCells(indicators("--unmasked")[1])).anySatisfy(c -> assertThat(isSmall(c)).isTrue());
    JsonNode raw = CptsJson.mapper().readTree(indicators("--json", "--unmasked")[1]);
    assertThat(raw.get("unmasked").asBoolean()).isTrue();
    assertThat(jsonCells(raw)).anySatisfy(c -> assertThat(isSmall(c)).isTrue());
    // A lower threshold is an opt-in too.
    String[] lowered = run("indicators", "--patients", "patients.csv", "--year", "2025", "--territory", "cpts-port=34301",
        "--threshold", "3", "--quiet");
    assertThat(lowered[0]).isEqualTo("2");
    assertThat(lowered[2]).contains("--unmasked");
  }

  @Test
  void htmlReportNeverShowsSmallCounts() {
    IndicatorRow small = new IndicatorRow("NO_MT_ALD", "ALD sans médecin traitant", "ACCESS_TO_CARE", 7.0, 9.0, 5.0,
        false, false, 7L, 100L);
    IndicatorRow complement = new IndicatorRow("FLU", "Vaccination antigrippale", "PREVENTION", 96.0, 50.0, 60.0,
        false, true, 96L, 100L);
    IndicatorRow big = new IndicatorRow("MT_17", "17 ans et plus sans médecin traitant", "ACCESS_TO_CARE", 9.8, 11.2, 9.0,
        false, false, 10_123L, 103_300L);
    assertThat(small.masked()).isTrue();
    assertThat(complement.masked()).isTrue();
    assertThat(big.masked()).isFalse();
    String html = HtmlReport.render(report(List.of(small, complement, big)));
    assertThat(html).contains("10\u202f123").contains("masqué");
    assertThat(html).doesNotContain(">7<").doesNotContain(">96<").doesNotContain("7,0 %").doesNotContain("96,0 %");
  }

  private static ReportData report(List<IndicatorRow> rows) {
    CptsSection section = new CptsSection("cpts-x", "CPTS X", new TerritoryLine(50_000, 10, List.of("34"), "SIZE_2", "avenant-1"),
        List.of(), rows, List.of(), List.of(), 0, null, List.of());
    return new ReportData("Rapport", LocalDate.of(2025, 6, 1), "données synthétiques", List.of(section),
        new RegionalView("Hérault", 100_000, 50_000, List.of(), 50_000, 10, List.of()));
  }

  /** @return numerator, denominator (-1 when absent or masked) of each printed cell */
  private static List<long[]> tableCells(String table) {
    List<long[]> cells = new ArrayList<>();
    Matcher m = TABLE_ROW.matcher(table);
    while (m.find()) {
      if (!m.group(1).equals("indicator") && Indicator.valueOf(m.group(1)).isPatientLevel()) {
        cells.add(new long[] {count(m.group(2)), count(m.group(3))});
      }
    }
    return cells;
  }

  private static List<long[]> jsonCells(JsonNode root) {
    List<long[]> cells = new ArrayList<>();
    for (JsonNode area : root.get("areas")) {
      for (JsonNode v : area.get("indicators")) {
        if (!Indicator.valueOf(v.get("id").asText()).isPatientLevel()) {
          continue; // activity counts (events, professionals) are not patient data: published as they are
        }
        cells.add(new long[] {v.get("numerator").isNull() ? -1 : v.get("numerator").asLong(),
            v.get("denominator").isNull() ? -1 : v.get("denominator").asLong()});
      }
    }
    return cells;
  }

  private static long count(String text) {
    return text.equals("-") ? -1 : Long.parseLong(text);
  }

  private static boolean isSmall(long[] c) {
    return c[0] >= 0 && c[0] < THRESHOLD || c[1] >= 0 && (c[1] < THRESHOLD || c[1] - c[0] < THRESHOLD);
  }

  private static void publishable(long[] c) {
    assertThat(isSmall(c)).as("numerator %d, denominator %d", c[0], c[1]).isFalse();
  }
}
