package io.github.cptssdk.cli.demo;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.desk.DeskIndicators;
import io.github.cptssdk.desk.DeskMatcher;
import io.github.cptssdk.desk.DeskReport;
import io.github.cptssdk.desk.DeskRequest;
import io.github.cptssdk.desk.Fragility;
import io.github.cptssdk.desk.GpCapacity;
import io.github.cptssdk.desk.MatchResult;
import io.github.cptssdk.desk.Origin;
import io.github.cptssdk.desk.PriorityRules;
import io.github.cptssdk.desk.Proposal;
import io.github.cptssdk.desk.RequestId;
import io.github.cptssdk.desk.Step;
import io.github.cptssdk.indicators.PatientRecord;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.indicators.synth.SynthParameters;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import io.github.cptssdk.cli.report.DeskSection;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A year of the médecin-traitant desk of the Sète CPTS, on synthetic data (seeded): requests drawn from the
 * synthetic people of the territory who have no médecin traitant (so their ALD, C2S and age mix is the synthetic
 * population's), 40 synthetic GPs offering 1 to 4 places a month, a matching each month, and seeded outcomes
 * (most proposals accepted then declared, some declined). Never real people nor real professionals.
 */
final class DemoDesk {

  /** The Sète commune: the demo's desk is the CPTS whose territory holds it. */
  static final CommuneCode SETE = CommuneCode.parse("34301");
  private static final int REQUESTS = 1_800;
  private static final int GPS = 40;

  /** One month: the proposals made and the backlog at its end. */
  record Month(DateRange period, int proposed, long backlog) {}

  /** The year: its history, its report and each month. */
  record Year(String cptsName, List<DeskRequest> history, DeskReport report, List<Month> months) {}

  private DemoDesk() {}

  /** @return the year of the desk of the CPTS holding Sète, or empty if the demo has none */
  static Optional<Year> run(DemoRun.Outcome outcome) {
    return outcome.cpts().stream().filter(c -> c.cpts().territory().contains(SETE)).findFirst()
        .map(c -> year(c.cpts().name(), c.cpts().territory(), outcome.plan().indicatorYear(), outcome.plan().seed()));
  }

  static Year year(String name, Territory territory, int year, long seed) {
    CommuneReferential referential = CommuneReferential.official();
    Random random = new Random(seed ^ 16);
    Map<RequestId, DeskRequest> desk = new LinkedHashMap<>();
    requests(referential, territory, year, seed, random).forEach(r -> desk.put(r.id(), r));
    List<GpCapacity> gps = gps(referential, territory, random);
    DeskMatcher matcher = DeskMatcher.of(referential, territory, PriorityRules.cnam());
    LocalDate end = LocalDate.of(year, 12, 31);
    List<Month> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      DateRange month = DateRange.ofClosed(LocalDate.of(year, m, 1), LocalDate.of(year, m, 1).plusMonths(1).minusDays(1));
      MatchResult result = matcher.match(desk.values(), gps, month);
      for (Proposal p : result.proposals()) {
        desk.put(p.request(), outcome(desk.get(p.request()).propose(p.gp(), later(desk.get(p.request()), month.start())),
            random, end));
      }
      long backlog = desk.values().stream().filter(r -> r.statusOn(month.endInclusive())
          .map(s -> s != Step.DECLARED && !s.isFinal()).orElse(false)).count();
      months.add(new Month(month, result.proposals().size(), backlog));
    }
    List<DeskRequest> history = List.copyOf(desk.values());
    DateRange all = DateRange.ofClosed(LocalDate.of(year, 1, 1), end);
    return new Year(name, history, DeskIndicators.of(SuppressionPolicy.DEFAULT).report(history, all), months);
  }

  /** @return the report with the desk's section, if the demo has a desk */
  static String withSection(String html, Optional<Year> desk) {
    return desk.map(d -> DeskSection.into(html, DeskSection.html(d.cptsName(), d.report(), d.months().stream()
        .map(m -> new DeskSection.MonthRow(m.period().start().getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE),
            m.proposed(), m.backlog())).toList()))).orElse(html);
  }

  private static LocalDate later(DeskRequest r, LocalDate date) {
    return r.last().on().isAfter(date) ? r.last().on() : date;
  }

  /** Seeded: 85 % accepted after 3 days and declared 7 to 30 days later (within the year), else declined. */
  private static DeskRequest outcome(DeskRequest proposed, Random random, LocalDate end) {
    LocalDate on = proposed.last().on().plusDays(3);
    if (on.isAfter(end)) {
      return proposed;
    }
    if (random.nextInt(100) >= 85) {
      return proposed.then(Step.DECLINED, on);
    }
    DeskRequest accepted = proposed.then(Step.ACCEPTED, on);
    LocalDate declared = on.plusDays(7 + random.nextInt(24));
    return declared.isAfter(end) ? accepted : accepted.then(Step.DECLARED, declared);
  }

  private static List<DeskRequest> requests(CommuneReferential referential, Territory territory, int year, long seed,
      Random random) {
    List<PatientRecord> withoutMt = SyntheticPopulation.of(referential, territory, SynthParameters.defaults(year), seed)
        .stream().filter(p -> !p.hasTreatingDoctor()).toList();
    Origin[] origins = Origin.values();
    List<DeskRequest> out = new ArrayList<>();
    for (int i = 0; i < Math.min(REQUESTS, withoutMt.size()); i++) {
      PatientRecord p = withoutMt.get(random.nextInt(withoutMt.size()));
      Set<Fragility> flags = EnumSet.noneOf(Fragility.class);
      if (p.ald()) {
        flags.add(Fragility.ALD);
      }
      if (p.c2s()) {
        flags.add(Fragility.C2S);
      }
      out.add(DeskRequest.received(RequestId.parse(String.format("SETE-%05d", i)), p.commune(), p.birthYear(), flags,
          origins[random.nextInt(origins.length)], LocalDate.of(year, 1, 1).plusDays(random.nextInt(365))));
    }
    return out;
  }

  /** @return synthetic GPs in the communes of the territory, drawn by population, 1 to 4 places a month */
  private static List<GpCapacity> gps(CommuneReferential referential, Territory territory, Random random) {
    List<Commune> communes = territory.communes().stream().map(referential::commune).flatMap(Optional::stream).toList();
    long total = communes.stream().mapToLong(Commune::population).sum();
    List<GpCapacity> out = new ArrayList<>();
    for (int g = 0; g < GPS; g++) {
      long pick = (long) (random.nextDouble() * total);
      Commune at = communes.get(communes.size() - 1);
      for (Commune c : communes) {
        pick -= c.population();
        if (pick < 0) {
          at = c;
          break;
        }
      }
      out.add(GpCapacity.of(RppsNumber.withComputedKey(String.format("19%08d", g)), at.code(), 1 + random.nextInt(4)));
    }
    return out;
  }
}
