package io.github.cptssdk.cli.demo;

import io.github.cptssdk.cli.report.DeskSection;
import io.github.cptssdk.cli.report.SasSection;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.sas.ConsultationType;
import io.github.cptssdk.core.sas.SasAppointment;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.sas.SasSearch;
import io.github.cptssdk.core.sas.SasSlot;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.sas.SasFhir;
import io.github.cptssdk.fhir.sas.SasRead;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.SasIndicators;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.json.sas.SasOfferJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's SAS part: for the CPTS holding Sète, the INT_R04 searchset of the bundled example offer
 * ({@code sas-offer-sete.json}) for all its professionals over a fixed week, and the report's SAS section.
 */
final class DemoSas {

  /** The bundled example offer. */
  static final String OFFER = "sas-offer-sete.json";
  /** The fixed window searched: the example offer's week (slot starts, both ends included). */
  static final Instant FROM = Instant.parse("2026-12-07T00:00:00Z");
  static final Instant TO = Instant.parse("2026-12-14T00:00:00Z");

  /** The bundled synthetic SAS appointments (FrAppointmentSAS) of the example offer's professionals in 2026. */
  static final String APPOINTMENTS = "sas-appointments-sete.json";
  /** The year of those appointments: the SAS indicators' reference year. */
  static final int ACTIVITY_YEAR = 2026;

  /**
   * The SAS activity shown: the CPTS's, its department's and its region's published SAS values (the
   * indicator engine's areas and suppression), and its professionals' cells.
   */
  record Activity(List<Map.Entry<Area, List<PublishedValue>>> areas, SasIndicators.Activity professionals, int unplaced) {}

  /** The answer: the CPTS it is shown under, the selected offer, the searchset as JSON, and its SAS activity. */
  record Answer(String cptsName, SasOffer selected, String bundle, Optional<Activity> activity) {

    /** @return where the searchset is written under the demo's output folder */
    Path path(Path out) {
      return out.resolve("sas").resolve("cpts" + selected.cptsFiness().value() + "-searchset.json");
    }
  }

  private DemoSas() {}

  /** @return the searchset of the CPTS holding Sète, or empty if the demo has none */
  static Optional<Answer> run(DemoRun.Outcome outcome) {
    return outcome.cpts().stream().filter(c -> c.cpts().territory().contains(DemoDesk.SETE)).findFirst().map(c -> {
      SasOffer offer = SasOfferJson.read(new String(DemoCommand.bundled(OFFER), StandardCharsets.UTF_8));
      Answer a = answer(c.cpts().name(), offer);
      return new Answer(a.cptsName(), a.selected(), a.bundle(), Optional.of(activity(c.cpts(), offer)));
    });
  }

  static Answer answer(String cptsName, SasOffer offer) {
    SasSearch search = SasSearch.of(offer.schedules().stream().map(s -> s.professional().toString()).distinct().toList(), FROM, TO);
    return new Answer(cptsName, offer.select(search), FhirMapper.toJson(SasFhir.toBundle(offer, search)), Optional.empty());
  }

  /** @return the SAS activity of the bundled appointments, placed through the offer on the official referential */
  static Activity activity(Cpts cpts, SasOffer offer) {
    SasRead<List<SasAppointment>> read = SasFhir.appointmentsFromText(
        new String(DemoCommand.bundled(APPOINTMENTS), StandardCharsets.UTF_8));
    SasIndicators.Placement placed = SasIndicators.place(List.of(offer), read.value(), ZoneId.of("Europe/Paris"));
    IndicatorEngine engine = IndicatorEngine.builder().referential(CommuneReferential.official())
        .territories(Map.of(cpts.id(), cpts.territory())).year(ACTIVITY_YEAR).build();
    IndicatorReport report = SasIndicators.report(engine, placed);
    Area area = report.cpts(cpts.id()).orElseThrow();
    String dept = CommuneReferential.official().commune(DemoDesk.SETE).orElseThrow().departmentCode();
    String region = CommuneReferential.official().commune(DemoDesk.SETE).orElseThrow().regionCode();
    List<Map.Entry<Area, List<PublishedValue>>> areas = new ArrayList<>();
    areas.add(Map.entry(area, report.published(area)));
    report.areas().stream().filter(x -> x.level() == Area.Level.DEPARTMENT && x.code().equals(dept)
        || x.level() == Area.Level.REGION && x.code().equals(region)).forEach(x -> areas.add(Map.entry(x, report.published(x))));
    SasIndicators.Activity pros = SasIndicators.activity(cpts.name(), read.value(),
        DateRange.of(LocalDate.of(ACTIVITY_YEAR, 1, 1), LocalDate.of(ACTIVITY_YEAR + 1, 1, 1)), SuppressionPolicy.DEFAULT);
    return new Activity(areas, pros, placed.unplaced().size());
  }

  /** @return the report with the SAS section, if the demo has one */
  static String withSection(String html, Optional<Answer> sas, boolean unmasked) {
    return sas.map(a -> DeskSection.into(html, section(a, unmasked))).orElse(html);
  }

  private static String section(Answer a, boolean unmasked) {
    List<SasSlot> slots = a.selected().schedules().stream().flatMap(s -> s.slots().stream()).toList();
    Map<String, Long> byType = new LinkedHashMap<>();
    for (ConsultationType t : ConsultationType.values()) {
      byType.put(t.name(), slots.stream().filter(s -> s.consultation() == t).count());
    }
    long professionals = a.selected().schedules().stream().map(SasSchedule::professional).distinct().count();
    String html = SasSection.html(a.cptsName(), "du " + FROM + " au " + TO, slots.size(), byType, professionals,
        SuppressionPolicy.DEFAULT, unmasked);
    return a.activity().map(act -> SasSection.withActivity(html, ACTIVITY_YEAR, act.areas(), act.professionals(),
        act.unplaced(), SuppressionPolicy.DEFAULT, unmasked)).orElse(html);
  }
}
