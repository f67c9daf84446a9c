package io.github.cptssdk.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.sas.SasActivity;
import io.github.cptssdk.core.sas.SasAppointment;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.sas.SasSearch;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.testing.FuzzOracle;
import io.github.cptssdk.core.testing.Mutations;
import io.github.cptssdk.core.testing.Uses;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.fhir.FhirFormatException;
import io.github.cptssdk.fhir.FhirImportException;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirReadLimits;
import io.github.cptssdk.fhir.sas.SasFhir;
import io.github.cptssdk.fhir.sas.SasRead;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.SasIndicators;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.json.sas.SasJsonException;
import io.github.cptssdk.json.sas.SasOfferCsv;
import io.github.cptssdk.json.sas.SasOfferJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * "Accepted, then used" for the SAS readers (issue 14, docs/reliability.md): every offer that the JSON or
 * CSV reader accepts from mutated example offers goes through its findings, the INT_R04 searchset and the
 * reading back of it (equal to the offer the search selects), and the JSON round trip; every list of
 * appointments that the FrAppointmentSAS reader accepts from mutated appointments (ANS's examples and the
 * demo's) goes through the activity, the placement on the official referential, the SAS indicators of
 * the engine (every published cell passing the primary rule) and the per-professional activity. In the
 * examples module because it spans cpts-json, cpts-fhir-adapter and cpts-indicators. HAPI is slow: a few
 * hundred inputs per reader.
 */
class SasAcceptedThenUsedTest {

  private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2027-02-01T00:00:00Z");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Path DATA = Path.of("data");
  private static final Path ANS = Path.of("../../shared/fhir/packages/ans.fhir.fr.sas-1.2.0.tgz");

  private static final byte[] OFFER_JSON = bytes(DATA.resolve("sas-offer-sete.json"));
  private static final byte[] OFFER_CSV = bytes(DATA.resolve("sas-offer-sete.csv"));
  private static final SasOffer OFFER = SasOfferJson.read(new String(OFFER_JSON, StandardCharsets.UTF_8));
  private static final List<byte[]> APPOINTMENTS = appointments();

  private static final CommuneReferential REFERENTIAL = CommuneReferential.official();
  private static final CptsId THAU = CptsId.of("cpts-thau");
  private static final IndicatorEngine ENGINE = IndicatorEngine.builder().referential(REFERENTIAL)
      .territories(Map.of(THAU, Territory.parse("34301", "34108"))).year(2026).build();

  private static final FuzzOracle JSON = new FuzzOracle("SasOfferJson", e -> e instanceof SasJsonException j
      && j.path().startsWith("$"));
  private static final FuzzOracle CSV = new FuzzOracle("SasOfferCsv", e -> e instanceof SasJsonException j
      && j.path().matches("row \\d+(, column [a-z_0-9]+)?"));
  private static final FuzzOracle FHIR = new FuzzOracle("SasFhir.appointmentsFromText", SasAcceptedThenUsedTest::located);

  static final Uses<SasOffer> OFFER_USES = Uses.<SasOffer>of("findings", o -> assertThat(o.findings().errors())
          .allSatisfy(i -> assertThat(i.code()).isEqualTo("CPTS-1103")))
      .and("INT_R04 searchset and back", SasAcceptedThenUsedTest::searchsetAndBack)
      .and("JSON round trip", o -> assertThat(SasOfferJson.read(SasOfferJson.write(o))).isEqualTo(o));

  static final Uses<List<SasAppointment>> APPOINTMENT_USES = Uses.<List<SasAppointment>>of("activity",
          SasAcceptedThenUsedTest::activity)
      .and("SAS indicators per area", SasAcceptedThenUsedTest::indicators)
      .and("published activity per professional", SasAcceptedThenUsedTest::published);

  private static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return ANS's example appointments, and the first 20 of the demo's (smaller inputs mutate faster) */
  private static List<byte[]> appointments() {
    try {
      List<String> demo = Files.readAllLines(DATA.resolve("sas-appointments-sete.json"));
      String first = String.join("\n", demo.subList(0, 21));
      first = first.substring(0, first.length() - 1) + "\n]}";
      return List.of(first.getBytes(StandardCharsets.UTF_8), ans("Appointment-1.json"), ans("Appointment-2.json"),
          ans("Appointment-12345678.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return a file of ANS's package (a gzipped tar: 512-byte headers, name at 0, octal size at 124) */
  private static byte[] ans(String name) throws IOException {
    byte[] tar;
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(ANS))) {
      tar = in.readAllBytes();
    }
    for (int at = 0; at + 512 <= tar.length && tar[at] != 0; ) {
      String entry = new String(tar, at, 100, StandardCharsets.US_ASCII).replace("\0", "");
      int size = Integer.parseInt(new String(tar, at + 124, 12, StandardCharsets.US_ASCII).replace("\0", "").strip(), 8);
      if (entry.equals("package/example/" + name)) {
        return java.util.Arrays.copyOfRange(tar, at + 512, at + 512 + size);
      }
      at += 512 + (size + 511) / 512 * 512;
    }
    throw new IOException("not in the package: " + name);
  }

  private static boolean located(CptsException e) {
    if (e instanceof FhirFormatException f) {
      return f.code().equals(FhirFormatException.TOO_LONG) || f.line() >= -1;
    }
    return e instanceof FhirImportException;
  }

  private static void searchsetAndBack(SasOffer offer) {
    List<String> ids = offer.schedules().stream().map(SasSchedule::professional).distinct().map(Object::toString).toList();
    Resource answer = SasFhir.answer(offer, ids, FROM, TO);
    if (ids.isEmpty() || ids.size() > 25) {
      assertThat(answer.fhirType()).isEqualTo("OperationOutcome");
      return;
    }
    assertThat(answer).isInstanceOf(Bundle.class);
    SasOffer selected = offer.select(SasSearch.of(ids, FROM, TO));
    if (!selected.schedules().isEmpty()) {
      SasRead<SasOffer> back = SasFhir.offerFromText(FhirMapper.toJson(answer), FhirReadLimits.DEFAULTS);
      assertThat(back.report().issues()).isEmpty();
      assertThat(back.value()).isEqualTo(selected);
    }
  }

  private static void activity(List<SasAppointment> list) {
    SasActivity a = SasActivity.of(list);
    assertThat(a.total().given()).isEqualTo(list.stream().filter(SasAppointment::given).count());
    assertThat(a.total().honoured()).isEqualTo(list.stream().filter(SasAppointment::honoured).count());
  }

  private static void indicators(List<SasAppointment> list) {
    SasIndicators.Placement placed = SasIndicators.place(List.of(OFFER), list, PARIS);
    assertThat(placed.events().size() + placed.unplaced().size()).isEqualTo(list.stream().filter(SasAppointment::given).count());
    IndicatorReport report = SasIndicators.report(ENGINE, placed);
    int t = report.policy().threshold();
    for (Area area : report.areas()) {
      PublishedValue v = report.published(area).get(Indicator.SAS_APPOINTMENTS_HONOURED.ordinal());
      if (!v.suppression().masked()) {
        assertThat(v.numerator().getAsLong()).isGreaterThanOrEqualTo(t);
        assertThat(v.denominator().getAsLong() - v.numerator().getAsLong()).isGreaterThanOrEqualTo(t);
      }
    }
  }

  private static void published(List<SasAppointment> list) {
    SasIndicators.Activity a = SasIndicators.activity("CPTS", list,
        DateRange.ofClosed(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)), SuppressionPolicy.DEFAULT);
    long masked = a.byProfessional().values().stream().filter(v -> v.suppression().masked()).count();
    if (!a.total().suppression().masked()) {
      assertThat(masked).isNotEqualTo(1);
    }
  }

  @Property(tries = 20, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void everyAcceptedJsonOfferIsUsed(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 25; i++) {
      byte[] input = Mutations.mutate(OFFER_JSON, r);
      JSON.check(seed, input, () -> SasOfferJson.read(new String(input, StandardCharsets.UTF_8)), OFFER_USES);
    }
  }

  @Property(tries = 20, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void everyAcceptedCsvOfferIsUsed(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 25; i++) {
      byte[] input = Mutations.mutate(OFFER_CSV, r);
      CSV.check(seed, input, () -> SasOfferCsv.read(new String(input, StandardCharsets.UTF_8)), OFFER_USES);
    }
  }

  @Property(tries = 20, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void everyAcceptedListOfAppointmentsIsUsed(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 20; i++) {
      byte[] input = Mutations.mutate(APPOINTMENTS.get(r.nextInt(APPOINTMENTS.size())), r);
      FHIR.check(seed, input, () -> SasFhir.appointmentsFromText(new String(input, StandardCharsets.UTF_8)).value(),
          APPOINTMENT_USES);
    }
  }

  @AfterContainer
  static void summary() {
    System.out.println(JSON);
    System.out.println(CSV);
    System.out.println(FHIR);
    for (FuzzOracle o : List.of(JSON, CSV)) {
      assertThat(o.usedByOutcome()).containsKeys("findings ok", "INT_R04 searchset and back ok", "JSON round trip ok");
    }
    assertThat(FHIR.usedByOutcome()).containsKeys("activity ok", "SAS indicators per area ok",
        "published activity per professional ok");
  }
}
