package io.github.cptssdk.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cptssdk.cli.CliCapture;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirReadLimits;
import io.github.cptssdk.fhir.sas.SasFhir;
import io.github.cptssdk.fhir.sas.SasRead;
import io.github.cptssdk.json.sas.SasOfferJson;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.synth.SynthParameters;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.core.model.CptsValidator;
import io.github.cptssdk.core.model.MembershipKind;
import io.github.cptssdk.registries.annuaire.AnnuaireLayout;
import io.github.cptssdk.registries.annuaire.AnnuaireReader;
import io.github.cptssdk.registries.annuaire.SyntheticAnnuaire;
import io.github.cptssdk.registries.supply.RegistryMembers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo end to end on the bundled data: its JSON agrees with the engines, its files exist, bad paths fail in one line. */
class DemoCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static JsonNode summary;
  private static DemoPlan plan;
  private static List<Cpts> cpts;

  private record Run(int code, String out, String err) {}

  private static Run run(Path workDir, String... argv) {
    CliCapture cli = new CliCapture();
    int code = cli.run(workDir, argv);
    return new Run(code, cli.out(), cli.err());
  }

  private static byte[] bundled(String name) throws IOException {
    try (InputStream in = DemoCommandTest.class.getResourceAsStream(DemoCommand.BUNDLED + name)) {
      assertThat(in).as("bundled " + name).isNotNull();
      return in.readAllBytes();
    }
  }

  @BeforeAll
  static void runTheDemoOnce() throws IOException {
    Run r = run(dir, "demo", "--json", "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    summary = JSON.readTree(r.out());
    plan = DemoPlan.parse(bundled("demo.json"), "demo.json");
    cpts = new ArrayList<>();
    for (DemoPlan.Entry e : plan.entries()) {
      cpts.add(CptsJson.readString(new String(bundled(e.document()), StandardCharsets.UTF_8)));
    }
  }

  @Test
  void every_cpts_of_the_manifest_is_reported_with_its_real_territory_and_size_band() {
    assertThat(summary.get("format").asText()).isEqualTo("cpts-demo-summary/1");
    assertThat(summary.get("cpts")).hasSize(plan.entries().size());
    AciRules rules = AciRules.official();
    for (int i = 0; i < cpts.size(); i++) {
      JsonNode t = summary.get("cpts").get(i).get("territory");
      long population = CommuneReferential.official().profile(cpts.get(i).territory()).population();
      assertThat(t.get("population").asLong()).isEqualTo(population);
      assertThat(t.get("sizeBand").asText()).isEqualTo(rules.at(plan.referenceDate()).sizeBand(population).name());
    }
  }

  /** Issue 12: the summary, the funding file, the FHIR bundle and the report show one band, the territory's. */
  @Test
  void each_cpts_shows_one_size_band_the_territorys_in_the_summary_funding_fhir_bundle_and_report() throws IOException {
    String html = Files.readString(dir.resolve("out/report.html"));
    AciRules rules = AciRules.official();
    for (int i = 0; i < cpts.size(); i++) {
      Cpts c = cpts.get(i);
      String id = c.id().value();
      SizeBand band = rules.at(plan.referenceDate()).sizeBand(CommuneReferential.official().profile(c.territory()).population());
      JsonNode n = summary.get("cpts").get(i);
      assertThat(n.get("territory").get("sizeBand").asText()).as(id).isEqualTo(band.name());
      assertThat(n.get("funding").get("size").asText()).as(id).isEqualTo(band.name());
      try (Stream<Path> funding = Files.list(dir.resolve("out/funding"))) {
        Path file = funding.filter(f -> f.getFileName().toString().startsWith(id + "-year-")).findFirst().orElseThrow();
        assertThat(new ObjectMapper().readTree(file.toFile()).get("size").asText()).as(id).isEqualTo(band.name());
      }
      assertThat(FhirMapper.fromText(Files.readString(dir.resolve("out/fhir/" + id + ".json"))).sizeBand()).as(id).isEqualTo(band);
      int start = html.indexOf("<section id=\"" + id + "\">");
      assertThat(start).as(id).isNotNegative();
      String section = html.substring(start, html.indexOf("</section>", start));
      assertThat(section).as(id).contains(band.labelFr());
      for (SizeBand other : SizeBand.values()) {
        if (other != band) {
          assertThat(section).as(id).doesNotContain(other.labelFr() + "<").doesNotContain(other.name());
        }
      }
    }
  }

  /** @return the bundled CPTS, each with its members by right from the demo's synthetic registry file */
  private static List<Cpts> withRegistryMembers() {
    CommuneReferential ref = CommuneReferential.official();
    Path file = dir.resolve("out").resolve(DemoSupply.FILE);
    List<RegistryMembers> members = cpts.stream().map(c -> RegistryMembers.byRight(c, ref)).toList();
    AnnuaireReader.of(ref).read(file, a -> members.forEach(m -> m.addActivity(a)));
    List<Cpts> out = new ArrayList<>();
    for (int i = 0; i < cpts.size(); i++) {
      out.add(members.get(i).applyTo(cpts.get(i)));
    }
    return out;
  }

  @Test
  void the_members_are_built_from_a_generated_registry_file_not_typed_by_hand() throws IOException {
    CommuneReferential ref = CommuneReferential.official();
    Territory all = DemoSupply.union(cpts);
    Path again = dir.resolve("registry-again.txt");
    SyntheticAnnuaire.of(ref, all, plan.seed()).write(again, DemoSupply.persons(ref, all), AnnuaireLayout.Y2026, false, null);
    assertThat(Files.mismatch(again, dir.resolve("out").resolve(DemoSupply.FILE))).as("the seeded synthetic registry").isEqualTo(-1L);
    List<Cpts> built = withRegistryMembers();
    for (int i = 0; i < cpts.size(); i++) {
      Cpts typed = cpts.get(i);
      Cpts written = CptsJson.read(dir.resolve("out/cpts/" + typed.id().value() + ".json"));
      assertThat(written).isEqualTo(built.get(i));
      assertThat(written.professionals()).hasSizeGreaterThan(typed.professionals().size())
          .allSatisfy(p -> assertThat(p.membership()).isEqualTo(MembershipKind.MEMBER_BY_RIGHT))
          .noneMatch(p -> typed.professionals().stream().anyMatch(h -> h.rpps().equals(p.rpps())));
      assertThat(CptsValidator.get().validate(written, ref).errors()).isEmpty();
      assertThat(FhirMapper.fromText(Files.readString(dir.resolve("out/fhir/" + written.id().value() + ".json"))).cpts()
          .professionals()).hasSameSizeAs(written.professionals());
    }
  }

  @Test
  void eligibility_findings_are_the_engine_findings_on_the_registry_members() {
    List<Cpts> cpts = withRegistryMembers();
    for (int i = 0; i < cpts.size(); i++) {
      Cpts c = cpts.get(i);
      List<Cpts> others = cpts.stream().filter(o -> !o.id().equals(c.id())).toList();
      List<String> codes = AciRules.official().eligibility(c, plan.referenceDate(), others).issues().stream()
          .map(ValidationIssue::code).toList();
      List<String> reported = new ArrayList<>();
      summary.get("cpts").get(i).get("eligibility").get("findings").forEach(f -> reported.add(f.get("code").asText()));
      assertThat(reported).isEqualTo(codes);
    }
  }

  @Test
  void indicator_counts_are_the_engine_counts_on_the_same_synthetic_population() {
    CommuneReferential ref = CommuneReferential.official();
    Map<CptsId, Territory> territories = new LinkedHashMap<>();
    cpts.forEach(c -> territories.put(c.id(), c.territory()));
    TreeSet<io.github.cptssdk.core.id.CommuneCode> union = new TreeSet<>();
    territories.values().forEach(t -> union.addAll(t.communes()));
    IndicatorEngine engine = IndicatorEngine.builder().referential(ref).territories(territories).year(plan.indicatorYear()).build();
    IndicatorReport report = engine.compute(SyntheticPopulation.of(ref, Territory.of(union),
        SynthParameters.defaults(plan.indicatorYear()), plan.seed()).toBatch(engine.dictionary()));
    for (int i = 0; i < cpts.size(); i++) {
      Area area = report.cpts(cpts.get(i).id()).orElseThrow();
      Map<String, Long> expected = new LinkedHashMap<>();
      for (IndicatorResult r : report.unmasked(area)) {
        expected.put(r.indicator().name(), r.numerator());
      }
      for (JsonNode n : summary.get("cpts").get(i).get("indicators")) {
        if (!n.get("numerator").isNull()) {
          assertThat(n.get("numerator").asLong()).as(n.get("id").asText()).isEqualTo(expected.get(n.get("id").asText()));
        } else {
          assertThat(n.get("suppression").asText()).isIn("primary", "secondary");
        }
      }
    }
  }

  @Test
  void published_counts_are_never_below_the_disclosure_threshold_by_default() {
    summary.get("cpts").forEach(c -> c.get("indicators").forEach(n -> {
      if (!n.get("numerator").isNull()) {
        assertThat(n.get("numerator").asLong()).as(n.get("id").asText()).satisfiesAnyOf(
            v -> assertThat(v).isGreaterThanOrEqualTo(11), v -> assertThat(v).isZero());
      }
    }));
    assertThat(summary.get("unmasked").asBoolean()).isFalse();
  }

  @Test
  void funding_payments_add_up_to_the_earned_amount_and_match_the_funding_file() throws IOException {
    for (JsonNode c : summary.get("cpts")) {
      JsonNode f = c.get("funding");
      java.math.BigDecimal payments = java.math.BigDecimal.ZERO;
      for (JsonNode p : f.get("payments")) {
        payments = payments.add(p.get("euros").decimalValue());
        assertThat(p.get("rule").get("fr").asText()).as("French rule from the bundle").isNotBlank();
      }
      assertThat(payments).isEqualByComparingTo(f.get("paid").decimalValue())
          .isEqualByComparingTo(f.get("knownEarned").decimalValue());
      for (JsonNode l : f.get("lines")) {
        JsonNode earned = l.get("earned").get("euros");
        JsonNode envelope = l.get("envelope").get("euros");
        if (!earned.isNull() && !envelope.isNull()) {
          assertThat(earned.decimalValue()).as(l.get("item").asText()).isLessThanOrEqualTo(envelope.decimalValue());
        }
      }
      Path file = dir.resolve("out/funding/" + c.get("id").asText() + "-year-" + f.get("year").asInt() + ".json");
      assertThat(file).isRegularFile();
      assertThat(Files.readString(file)).contains("\"knownEarned\" : " + f.get("knownEarned").asText());
    }
  }

  @Test
  void the_out_folder_holds_documents_that_read_back_and_a_report_naming_every_cpts() throws IOException {
    for (Cpts c : withRegistryMembers()) {
      String id = c.id().value();
      assertThat(CptsJson.read(dir.resolve("out/cpts/" + id + ".json"))).isEqualTo(c);
      assertThat(FhirMapper.fromText(Files.readString(dir.resolve("out/fhir/" + id + ".json"))).cpts().id()).isEqualTo(c.id());
      assertThat(dir.resolve("out/contracts/" + id + ".json")).isRegularFile();
      assertThat(dir.resolve("out/indicators/" + id + ".json")).isRegularFile();
    }
    String html = Files.readString(dir.resolve("out/report.html"));
    cpts.forEach(c -> assertThat(html).contains(c.name().replace("'", "&#39;")));
    assertThat(html).doesNotContainPattern("(src|href)=[\"']?(https?:)?//").doesNotContain("@import");
    // the report is in French, the unknown national amounts included (their text comes from the bundles)
    assertThat(html).contains("aucun montant national d’un statut retenu").doesNotContain("no national amount");
    // the supply of care of each CPTS, from the synthetic registry, with its densities per 10,000
    cpts.forEach(c -> assertThat(html).contains("Offre de soins : " + c.name().replace("'", "&#39;")));
    assertThat(html).contains("Médecins généralistes (DREES)", "Pour 10 000 hab.", "Masseur-Kinésithérapeute");
    List<String> files = new ArrayList<>();
    summary.get("files").forEach(f -> files.add(f.asText()));
    cpts.forEach(c -> assertThat(CptsJson.read(dir.resolve("out/registry/" + c.id().value() + "-members.json")).professionals())
        .as("members built from the synthetic registry").isNotEmpty());
    assertThat(files).hasSize(5 * cpts.size() + DemoSupplyFiles.count(cpts.size()) + 1 + 1).last().isEqualTo(Path.of("out", "report.html").toString());
  }

  @Test
  void the_sas_searchset_of_sete_reads_back_as_the_offer_selected_and_the_report_masks_its_small_counts() throws IOException {
    SasOffer offer = SasOfferJson.read(new String(bundled(DemoSas.OFFER), StandardCharsets.UTF_8));
    DemoSas.Answer expected = DemoSas.answer("", offer);
    assertThat(expected.selected().schedules()).isNotEmpty();
    Path bundle = expected.path(dir.resolve("out"));
    SasRead<SasOffer> read = SasFhir.offerFromText(Files.readString(bundle), FhirReadLimits.DEFAULTS);
    assertThat(read.report().issues()).isEmpty();
    assertThat(read.value()).isEqualTo(expected.selected());
    String html = Files.readString(dir.resolve("out/report.html"));
    assertThat(html).contains("<section id=\"sas\">", "Créneaux proposés", "Téléconsultation (VR)", "Professionnels distincts");
    // the example offers a handful of slots by three professionals: every count is under 11
    String sas = html.substring(html.indexOf("<section id=\"sas\">"));
    assertThat(sas.substring(0, sas.indexOf("<h3>"))).contains("masqué").doesNotContainPattern("<td class=\"n\">[1-9]</td>");
    // the SAS activity of the bundled appointments: 75 given, 47 honoured by 3 professionals in Sète; the third
    // professional's 5 are masked (primary), and the second's too (secondary: else the total would give them back)
    String activity = sas.substring(sas.indexOf("<h3>"), sas.indexOf("</section>"));
    assertThat(activity).contains("Activité SAS 2026", "<td class=\"n\">75</td><td class=\"n\">47</td><td class=\"n\">62.7 %</td>",
        "<td>Professionnel 1</td><td class=\"n\">44</td><td class=\"n\">30</td>",
        "<td>Professionnel 2</td><td class=\"n\">masqué</td>", "<td>Professionnel 3</td><td class=\"n\">masqué</td>")
        .doesNotContain("810000000", "<td class=\"n\">26</td>", "<td class=\"n\">5</td>");
    String unmasked = DemoSas.withSection("<main></main>", java.util.Optional.of(expected), true);
    assertThat(unmasked).contains("<td class=\"n\">3</td>");
  }

  @Test
  void the_table_for_people_names_each_cpts_and_the_report() {
    Run r = run(dir.resolve("text"), "demo", "--quiet");
    assertThat(r.code()).isZero();
    cpts.forEach(c -> assertThat(r.out()).contains(c.name(), "contract year"));
    assertThat(r.out()).contains("Regional view", "open out/report.html");
  }

  @Test
  void no_professional_identifier_reaches_the_console_or_the_report() throws IOException {
    Run text = run(dir.resolve("privacy"), "demo");
    String html = Files.readString(dir.resolve("privacy/out/report.html"));
    List<String> rpps = withRegistryMembers().stream().flatMap(c -> c.professionals().stream()).map(p -> p.rpps().value()).toList();
    assertThat(rpps).isNotEmpty();
    for (String id : rpps) {
      assertThat(text.out()).doesNotContain(id);
      assertThat(text.err()).doesNotContain(id);
      assertThat(html).doesNotContain(id);
      assertThat(summary.toString()).doesNotContain(id);
    }
    // the explicit exports carry them, as their formats require (docs/reliability.md, "What may appear where")
    assertThat(Files.readString(dir.resolve("privacy/out/fhir/" + cpts.get(0).id().value() + ".json"))).contains(rpps.get(0));
  }

  @Test
  void a_missing_data_folder_is_one_line_with_its_path() {
    Run r = run(dir, "demo", "--data", "no-such-folder", "--out", "o1");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith("error: CPTS-0903: data folder not found: ").contains("no-such-folder").hasLineCount(1);
  }

  @Test
  void a_missing_or_corrupt_data_file_is_one_line_naming_the_file() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.write(data.resolve("demo.json"), bundled("demo.json"));
    Run missing = run(dir, "demo", "--data", "data", "--out", "o2", "--quiet");
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).startsWith("error: CPTS-0903: cannot read ").contains(plan.entries().get(0).document(), "file not found")
        .hasLineCount(1);
    for (DemoPlan.Entry e : plan.entries()) {
      for (String name : List.of(e.document(), e.contract(), e.results())) {
        Files.write(data.resolve(name), bundled(name));
      }
    }
    String document = plan.entries().get(0).document();
    byte[] whole = bundled(document);
    Files.write(data.resolve(document), java.util.Arrays.copyOf(whole, whole.length / 2));
    Run corrupt = run(dir, "demo", "--data", "data", "--out", "o3", "--quiet");
    assertThat(corrupt.code()).isEqualTo(3);
    assertThat(corrupt.err()).startsWith("error: CPTS-03").contains(": " + document + ": ").doesNotContain("CPTS-0903").hasLineCount(1);
  }

  @Test
  void a_corrupt_manifest_is_one_line() throws IOException {
    Path data = Files.createDirectories(dir.resolve("bad-manifest"));
    Files.writeString(data.resolve("demo.json"), "{\"format\": \"cpts-demo/1\", \"cpts\": [");
    Run r = run(dir, "demo", "--data", "bad-manifest", "--out", "o4");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith("error: CPTS-0650: demo.json: not a valid JSON document (malformed JSON").hasLineCount(1);
  }

  @Test
  void an_unwritable_output_folder_is_one_line_with_its_path_and_exit_code_4() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    Run r = run(dir, "demo", "--out", "a-file/out");
    assertThat(r.code()).isEqualTo(4);
    assertThat(r.err()).startsWith("error: CPTS-0904: cannot write to the output folder ").contains("a-file").hasLineCount(1);
    assertThat(file).hasContent("not a folder");
  }

  @Test
  void unknown_options_are_usage_errors() {
    Run r = run(dir, "demo", "--seed", "3");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1);
  }

  @Test
  void the_sete_history_follows_the_seed_trajectory_and_its_schedule_pays_what_the_years_earned() throws IOException {
    JsonNode sete = null;
    for (JsonNode c : summary.get("cpts")) {
      sete = c.has("history") ? c : sete;
    }
    assertThat(sete).as("a CPTS with a history").isNotNull();
    assertThat(sete.get("id").asText()).isEqualTo("cpts-sete");
    JsonNode h = sete.get("history");
    JsonNode years = h.get("years");
    assertThat(years).hasSize(5);
    assertThat(years.get(0).get("trajectory").decimalValue()).isEqualByComparingTo("11");
    assertThat(years.get(4).get("trajectory").decimalValue()).isEqualByComparingTo("4.6");
    java.math.BigDecimal earned = java.math.BigDecimal.ZERO;
    for (JsonNode y : years) {
      assertThat(y.get("measured").asDouble()).as("year " + y.get("year")).isCloseTo(y.get("trajectory").asDouble(),
          org.assertj.core.data.Offset.offset(0.6));
      JsonNode f = y.get("funding");
      assertThat(f.get("size").asText()).as("one band: the territory's").isEqualTo(sete.get("territory").get("sizeBand").asText());
      earned = earned.add(f.get("knownEarned").decimalValue());
      for (JsonNode l : f.get("lines")) {
        if (l.get("earned").get("euros").isNull()) {
          assertThat(l.get("earned").get("unknown").get("code").asText()).startsWith("CPTS-");
          assertThat(f.get("unknownLines").toString()).contains(l.get("item").asText());
        }
      }
    }
    assertThat(years.get(4).get("measured").asDouble()).isLessThan(years.get(0).get("measured").asDouble());
    assertThat(years.get(4).get("variableEarned").decimalValue())
        .as("results improve from year 4 to 5: the variable part cannot fall")
        .isGreaterThanOrEqualTo(years.get(3).get("variableEarned").decimalValue());
    java.math.BigDecimal scheduled = java.math.BigDecimal.ZERO;
    for (JsonNode p : h.get("schedule")) {
      scheduled = scheduled.add(p.get("amount").decimalValue());
    }
    assertThat(h.get("total").decimalValue()).isEqualByComparingTo(earned).isEqualByComparingTo(scheduled);
    String html = Files.readString(dir.resolve("out/report.html"));
    String section = html.substring(html.indexOf("<section id=\"history\">"));
    section = section.substring(0, section.indexOf("</section>"));
    assertThat(section.split("<svg", -1)).as("two charts").hasSize(3);
    assertThat(section).contains("Échéancier des versements sur cinq ans", "Bassin de Thau", "inconnu",
        frenchEuros(h.get("total").decimalValue()));
  }

  /** @return {@code 1 238 361,65 €} as the report writes it (narrow no-break space between thousands) */
  private static String frenchEuros(java.math.BigDecimal euros) {
    java.text.DecimalFormatSymbols sym = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.FRANCE);
    sym.setGroupingSeparator('\u202f');
    sym.setDecimalSeparator(',');
    return new java.text.DecimalFormat(euros.scale() > 0 && euros.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0", sym)
        .format(euros) + " €";
  }
}

/** The files of the demo's registry part (DemoSupply): the registry file, then a members document and a supply text per CPTS. */
final class DemoSupplyFiles {
  private DemoSupplyFiles() {}

  static int count(int cpts) {
    return 1 + 2 * cpts;
  }
}
