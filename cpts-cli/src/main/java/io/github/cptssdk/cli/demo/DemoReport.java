package io.github.cptssdk.cli.demo;

import io.github.cptssdk.cli.report.ReportData;
import io.github.cptssdk.cli.report.ReportData.CptsSection;
import io.github.cptssdk.cli.report.ReportData.Finding;
import io.github.cptssdk.cli.report.ReportData.FundingBar;
import io.github.cptssdk.cli.report.ReportData.IndicatorRow;
import io.github.cptssdk.cli.report.ReportData.Overlap;
import io.github.cptssdk.cli.report.ReportData.Payment;
import io.github.cptssdk.cli.report.ReportData.RegionalView;
import io.github.cptssdk.cli.report.ReportData.TerritoryLine;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.IndicatorKind;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.TerritoryCoverage;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.PublishedValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns the demo's outcome into what the HTML report shows (French labels). */
final class DemoReport {

  private DemoReport() {}

  static ReportData of(DemoRun.Outcome o, boolean unmasked) {
    List<CptsSection> sections = o.cpts().stream().map(c -> section(c, unmasked)).toList();
    return new ReportData("Démonstration cpts-sdk : " + o.cpts().size() + " CPTS", o.plan().referenceDate(),
        "Territoires et populations : INSEE via @etalab/decoupage-administratif ; membres et contrats : exemples "
            + "fictifs ; patients : population synthétique (graine " + o.plan().seed() + ", année " + o.plan().indicatorYear() + ")",
        sections, regional(o));
  }

  private static CptsSection section(DemoRun.CptsOutcome c, boolean unmasked) {
    TerritoryLine territory = new TerritoryLine(c.profile().population(), c.profile().communeCount(),
        List.copyOf(c.profile().departments()), c.size().labelFr(), c.version().label());
    List<Finding> findings = c.eligibility().issues().stream()
        .map(i -> new Finding(i.severity().name(), i.code(), i.path(), i.message().fr())).toList();
    List<FundingBar> bars = c.funding().lines().stream().filter(l -> l.item() != FundingItem.MAX_ANNUAL_TOTAL)
        .map(DemoReport::bar).toList();
    List<Payment> payments = c.funding().payments().stream()
        .map(p -> new Payment(p.date(), label(p.item(), p.mission()) + " – " + p.rule().text().fr(), p.amount().cents())).toList();
    Long maximum = c.funding().unknowns().isEmpty() ? c.funding().knownEnvelope().cents() : null;
    return new CptsSection(c.cpts().id().value(), c.cpts().name(), territory, findings, indicators(c, unmasked), bars,
        payments, c.funding().knownEarned().cents(), maximum,
        c.funding().unknowns().stream().map(l -> label(l.item(), l.mission()) + " : " + l.earned().unknownReason().text().fr()).toList());
  }

  private static List<IndicatorRow> indicators(DemoRun.CptsOutcome c, boolean unmasked) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (PublishedValue v : c.published()) {
      if (v.indicator().measure() != Indicator.Measure.RATE || !v.indicator().isFromPatients()) {
        continue;
      }
      Optional<IndicatorLine> line = percentLine(c, v.indicator());
      boolean masked = v.suppression().masked() && !unmasked;
      var raw = c.unmasked().stream().filter(r -> r.indicator() == v.indicator()).findFirst().orElseThrow();
      Double value = masked ? null : raw.rate().map(r -> r.doubleValue() * 100).orElse(null);
      rows.add(new IndicatorRow(v.indicator().name(), v.indicator().labelFr(), short_(v.indicator().mission()), value,
          line.map(l -> l.baseline().doubleValue()).orElse(null), line.map(l -> l.target().doubleValue()).orElse(null),
          masked, v.indicator().direction() == Indicator.Direction.HIGHER_IS_BETTER,
          masked ? null : raw.numerator(), masked ? null : raw.denominator()));
    }
    return rows;
  }

  /** @return the contract's RESULT line measured as a percentage by {@code indicator}, if any */
  private static Optional<IndicatorLine> percentLine(DemoRun.CptsOutcome c, Indicator indicator) {
    return c.contract().missions().stream().flatMap(m -> m.indicators().stream())
        .filter(l -> l.kind() == IndicatorKind.RESULT && l.baseline() != null && l.target() != null)
        .filter(l -> {
          DemoPlan.Measured m = measuredBy(c, l.id());
          return m != null && m.indicator() == indicator && m.percent();
        }).findFirst();
  }

  private static DemoPlan.Measured measuredBy(DemoRun.CptsOutcome c, String lineId) {
    return c.measured().containsKey(lineId) ? c.entry().measured().get(lineId) : null;
  }

  private static FundingBar bar(FundingLine l) {
    return new FundingBar(label(l.item(), l.mission()), l.earned().value().map(e -> e.cents()).orElse(0L),
        l.envelope().value().map(e -> e.cents()).orElse(null));
  }

  static String label(FundingItem item, io.github.cptssdk.core.model.Mission mission) {
    String what = item.label().fr();
    return mission == null ? what : short_(mission) + " : " + what;
  }

  private static String short_(io.github.cptssdk.core.model.Mission m) {
    return switch (m) {
      case ACCESS_TO_CARE -> "Accès aux soins";
      case CARE_PATHWAYS -> "Parcours";
      case PREVENTION -> "Prévention";
      case HEALTH_CRISIS -> "Crise sanitaire";
      case QUALITY_RELEVANCE -> "Qualité et pertinence";
      case PROFESSIONAL_SUPPORT -> "Accompagnement des professionnels";
    };
  }

  private static RegionalView regional(DemoRun.Outcome o) {
    TerritoryCoverage cov = o.coverage();
    CommuneReferential ref = CommuneReferential.official();
    long scopePopulation = cov.coveredPopulation() + cov.whiteZonePopulation();
    List<Overlap> overlaps = cov.overlaps().stream().map(ov -> new Overlap(ov.commune().value(),
        ref.commune(ov.commune()).map(x -> x.name()).orElse("?"), List.copyOf(ov.cpts()), ov.population())).toList();
    List<String> largest = cov.whiteZones().communes().stream()
        .flatMap(code -> ref.commune(code).stream())
        .sorted(Comparator.comparingLong((io.github.cptssdk.core.territory.Commune x) -> x.population()).reversed())
        .limit(5).map(x -> x.name() + " (" + String.format(Locale.FRANCE, "%,d", x.population()) + " hab.)").toList();
    return new RegionalView(o.scopeName(), scopePopulation, cov.coveredPopulation(), overlaps,
        cov.whiteZonePopulation(), cov.whiteZones().size(), largest);
  }
}
