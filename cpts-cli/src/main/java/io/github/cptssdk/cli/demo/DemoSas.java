package io.github.cptssdk.cli.demo;

import io.github.cptssdk.cli.report.DeskSection;
import io.github.cptssdk.cli.report.SasSection;
import io.github.cptssdk.core.sas.ConsultationType;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.sas.SasSearch;
import io.github.cptssdk.core.sas.SasSlot;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.sas.SasFhir;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.json.sas.SasOfferJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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

  /** The answer: the CPTS it is shown under, the selected offer and the searchset as JSON. */
  record Answer(String cptsName, SasOffer selected, String bundle) {

    /** @return where the searchset is written under the demo's output folder */
    Path path(Path out) {
      return out.resolve("sas").resolve("cpts" + selected.cptsFiness().value() + "-searchset.json");
    }
  }

  private DemoSas() {}

  /** @return the searchset of the CPTS holding Sète, or empty if the demo has none */
  static Optional<Answer> run(DemoRun.Outcome outcome) {
    return outcome.cpts().stream().filter(c -> c.cpts().territory().contains(DemoDesk.SETE)).findFirst()
        .map(c -> answer(c.cpts().name(), SasOfferJson.read(new String(DemoCommand.bundled(OFFER), StandardCharsets.UTF_8))));
  }

  static Answer answer(String cptsName, SasOffer offer) {
    SasSearch search = SasSearch.of(offer.schedules().stream().map(s -> s.professional().toString()).distinct().toList(), FROM, TO);
    return new Answer(cptsName, offer.select(search), FhirMapper.toJson(SasFhir.toBundle(offer, search)));
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
    return SasSection.html(a.cptsName(), "du " + FROM + " au " + TO, slots.size(), byType, professionals,
        SuppressionPolicy.DEFAULT, unmasked);
  }
}
