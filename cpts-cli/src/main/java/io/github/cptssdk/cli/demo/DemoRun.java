package io.github.cptssdk.cli.demo;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.territory.TerritoryCoverage;
import io.github.cptssdk.core.territory.TerritoryProfile;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.synth.SynthParameters;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The demo's computations, with the library's public API only: territory profile and size band,
 * eligibility, indicators on a synthetic population (one pass for every CPTS), funding of the contract
 * year containing the reference date. Produces values; printing and files are elsewhere.
 */
final class DemoRun {

  /** What the demo found for one CPTS. */
  record CptsOutcome(DemoPlan.Entry entry, Cpts cpts, TerritoryProfile profile, AciVersion version, SizeBand size,
      ValidationReport eligibility, List<PublishedValue> published, List<IndicatorResult> unmasked,
      Map<String, BigDecimal> measured, AciContract contract, ContractYearFunding funding) {}

  /** What the demo found for all CPTS, and the regional view. */
  record Outcome(DemoPlan plan, List<CptsOutcome> cpts, String scopeName, TerritoryCoverage coverage, long syntheticPeople) {}

  /** The inputs of one CPTS, already read. */
  record Inputs(DemoPlan.Entry entry, Cpts cpts, AciContract contract, YearResults declared) {}

  private DemoRun() {}

  static Outcome run(DemoPlan plan, List<Inputs> inputs, Consumer<String> step) {
    CommuneReferential referential = CommuneReferential.official();
    AciRules rules = AciRules.official();
    AciFunding funding = AciFunding.of(rules, io.github.cptssdk.core.aci.FigurePolicy.nationalDefaults());
    step.accept("synthetic patients and indicators, " + plan.indicatorYear());
    Map<CptsId, Territory> territories = new LinkedHashMap<>();
    inputs.forEach(i -> territories.put(i.cpts().id(), i.cpts().territory()));
    IndicatorEngine engine = IndicatorEngine.builder().referential(referential).territories(territories)
        .year(plan.indicatorYear()).build();
    SyntheticPopulation people = SyntheticPopulation.of(referential, territories.values(),
        SynthParameters.defaults(plan.indicatorYear()), plan.seed());
    IndicatorReport report = engine.compute(people.toBatch(engine.dictionary()));
    step.accept("eligibility and funding at " + plan.referenceDate());
    List<Cpts> all = inputs.stream().map(Inputs::cpts).toList();
    List<CptsOutcome> out = new ArrayList<>();
    for (Inputs in : inputs) {
      out.add(one(in, plan.referenceDate(), referential, rules, funding, report,
          all.stream().filter(c -> !c.id().equals(in.cpts().id())).toList()));
    }
    return new Outcome(plan, out, scopeName(referential, out), coverage(referential, out), people.expectedSize());
  }

  private static CptsOutcome one(Inputs in, LocalDate date, CommuneReferential referential, AciRules rules,
      AciFunding funding, IndicatorReport report, List<Cpts> others) {
    TerritoryProfile profile = referential.profile(in.cpts().territory());
    AciVersion version = rules.at(date);
    ValidationReport eligibility = DemoTerritory.withFindings(rules.eligibility(in.cpts(), date, others),
        rules.checkDocument(in.contract(), in.cpts(), profile, referential.source()));
    Area area = report.cpts(in.cpts().id()).orElseThrow();
    List<IndicatorResult> unmasked = report.unmasked(area);
    Map<String, BigDecimal> measured = measured(in.entry(), unmasked);
    YearResults results = withMeasured(in.declared(), measured);
    AciContract onTerritory = in.contract().onTerritory(profile);
    ContractYearFunding year = funding.year(onTerritory, funding.yearContaining(onTerritory, date), results);
    return new CptsOutcome(in.entry(), in.cpts(), profile, version, year.size(), eligibility,
        report.published(area), unmasked, measured, in.contract(), year);
  }

  private static Map<String, BigDecimal> measured(DemoPlan.Entry entry, List<IndicatorResult> results) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    entry.measured().forEach((line, m) -> results.stream().filter(r -> r.indicator() == m.indicator()).findFirst()
        .ifPresent(r -> out.put(line, m.value(r.numerator(), r.denominator()))));
    return out;
  }

  static YearResults withMeasured(YearResults declared, Map<String, BigDecimal> measured) {
    Map<String, io.github.cptssdk.core.aci.IndicatorResult> all = new LinkedHashMap<>(declared.results());
    measured.forEach((line, v) -> all.put(line, io.github.cptssdk.core.aci.IndicatorResult.measured(line, v)));
    return new YearResults(all, declared.crisisRecognised(), declared.assumeAllMet());
  }

  /** @return e.g. {@code Hérault (34), Indre-et-Loire (37)}: the departments of the CPTS, the regional scope */
  private static String scopeName(CommuneReferential referential, List<CptsOutcome> all) {
    TreeSet<String> departments = new TreeSet<>();
    all.forEach(c -> departments.addAll(c.profile().departments()));
    return String.join(", ", departments.stream()
        .map(d -> referential.department(d).map(x -> x.name()).orElse("?") + " (" + d + ")").toList());
  }

  private static TerritoryCoverage coverage(CommuneReferential referential, List<CptsOutcome> all) {
    Map<String, Territory> byName = new LinkedHashMap<>();
    all.forEach(c -> byName.put(c.cpts().id().value(), c.cpts().territory()));
    TreeSet<CommuneCode> scope = new TreeSet<>();
    all.forEach(c -> c.profile().departments()
        .forEach(d -> scope.addAll(referential.departmentTerritory(d).communes())));
    return TerritoryCoverage.analyse(referential, byName, Territory.of(scope));
  }
}
