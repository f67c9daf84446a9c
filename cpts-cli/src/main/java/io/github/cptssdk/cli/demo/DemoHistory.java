package io.github.cptssdk.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cptssdk.cli.CliException;
import io.github.cptssdk.cli.report.DeskSection;
import io.github.cptssdk.cli.report.HistorySection;
import io.github.cptssdk.cli.report.ReportData;
import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.FundingHistory;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.synth.SynthParameters;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import io.github.cptssdk.json.contract.ContractJson;
import io.github.cptssdk.json.contract.ContractJsonException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The five-year synthetic history of the demo's Sète CPTS ({@code history-sete.json}, format
 * {@code cpts-demo-history/1}): for each contract year a synthetic population whose share of patients
 * without a médecin traitant follows the seed trajectory of the CPTS du Bassin de Thau (11 % to 4.6 % in
 * four years), measured by the indicator engine, scored with the year's declared results against the
 * contract lines (baseline, target) by {@link AciFunding#history}. Amounts the contract does not state come
 * from the national defaults or stay unknown: nothing is invented here.
 */
final class DemoHistory {

  /** The bundled history of the demo. */
  static final String FILE = "history-sete.json";
  static final String FORMAT = "cpts-demo-history/1";

  /**
   * One contract year of the history.
   *
   * @param year the contract year, 1-based
   * @param indicatorYear the calendar year of its synthetic population (the one its last day falls in)
   * @param trajectory the share without médecin traitant the population is drawn with, in percent
   * @param measured the share the indicator engine measured, in percent (one decimal, as the contract line)
   */
  record Year(int year, int indicatorYear, BigDecimal trajectory, BigDecimal measured) {}

  /**
   * The history of one CPTS.
   *
   * @param cptsName the CPTS
   * @param source where the trajectory comes from
   * @param indicator the indicator measured each year
   * @param line the contract line it is scored against
   * @param years the years measured
   * @param funding what each year earned, the total and the payment schedule
   */
  record Run(String cptsName, String source, Indicator indicator, IndicatorLine line, List<Year> years,
      FundingHistory funding) {}

  /** The history file as read. */
  record Spec(CptsId cpts, String source, String line, Indicator indicator, double rowsPerInhabitant,
      List<BigDecimal> shares, List<String> results) {}

  private DemoHistory() {}

  /** @return the history of the bundled file's CPTS, or empty if the demo does not hold that CPTS */
  static Optional<Run> run(DemoRun.Outcome outcome) {
    Spec spec = parse(DemoCommand.bundled(FILE));
    return outcome.cpts().stream().filter(c -> c.cpts().id().equals(spec.cpts())).findFirst().map(c -> {
      List<YearResults> declared = spec.results().stream()
          .map(f -> ContractJson.readResults(new String(DemoCommand.bundled(f), StandardCharsets.UTF_8))).toList();
      return run(spec, c, declared, outcome.plan().seed());
    });
  }

  static Run run(Spec spec, DemoRun.CptsOutcome c, List<YearResults> declared, long seed) {
    AciContract contract = c.contract().onTerritory(c.profile());
    IndicatorLine line = contract.missions().stream().flatMap(m -> m.indicators().stream())
        .filter(l -> l.id().equals(spec.line())).findFirst()
        .orElseThrow(() -> CliException.data(FILE + ": the contract of " + spec.cpts() + " has no line " + spec.line()));
    CommuneReferential referential = CommuneReferential.official();
    Map<String, DemoPlan.Measured> measuredLines = new LinkedHashMap<>(c.entry().measured());
    measuredLines.put(spec.line(), new DemoPlan.Measured(spec.indicator(), true));
    List<Year> years = new ArrayList<>();
    List<YearResults> results = new ArrayList<>();
    IndicatorEngine first = IndicatorEngine.builder().referential(referential)
        .territories(Map.of(c.cpts().id(), c.cpts().territory())).year(contract.year(1).end().minusDays(1).getYear()).build();
    for (int y = 1; y <= spec.shares().size(); y++) {
      int calendarYear = contract.year(y).end().minusDays(1).getYear();
      IndicatorEngine engine = first.withYear(calendarYear);
      BigDecimal share = spec.shares().get(y - 1);
      SyntheticPopulation people = SyntheticPopulation.of(referential, c.cpts().territory(),
          parameters(calendarYear, share.doubleValue() / 100, spec.rowsPerInhabitant()), seed + y);
      IndicatorReport report = people.report(engine);
      List<IndicatorResult> unmasked = report.unmasked(report.cpts(c.cpts().id()).orElseThrow());
      Map<String, BigDecimal> measured = new LinkedHashMap<>();
      measuredLines.forEach((id, m) -> unmasked.stream().filter(r -> r.indicator() == m.indicator()).findFirst()
          .ifPresent(r -> measured.put(id, m.value(r.numerator(), r.denominator()))));
      years.add(new Year(y, calendarYear, share, measured.getOrDefault(spec.line(), BigDecimal.ZERO)));
      results.add(DemoRun.withMeasured(declared.get(y - 1), measured));
    }
    FundingHistory funding = AciFunding.of(io.github.cptssdk.core.aci.AciRules.official(), FigurePolicy.nationalDefaults())
        .history(contract, results);
    return new Run(c.cpts().name(), spec.source(), spec.indicator(), line, years, funding);
  }

  /**
   * The synthetic parameters of a year whose share without médecin traitant among people aged 17+ is
   * {@code share}: the defaults' ratio between the ALD and non-ALD rates kept, so that
   * {@code noMtRate x (1 - aldRate) + noMtRateAld x aldRate = share} (PersonGenerator draws ALD first).
   */
  static SynthParameters parameters(int year, double share, double rowsPerInhabitant) {
    SynthParameters d = SynthParameters.defaults(year);
    double ratio = d.noMtRateAld() / d.noMtRate();
    double noMt = share / ((1 - d.aldRate()) + d.aldRate() * ratio);
    return d.toBuilder().rowsPerInhabitant(rowsPerInhabitant).noMtRate(Math.min(1, noMt))
        .noMtRateAld(Math.min(1, noMt * ratio)).build();
  }

  /** @throws CliException (bad data) if the file is not a valid {@code cpts-demo-history/1} */
  static Spec parse(byte[] json) {
    try {
      JsonNode root = ContractJson.readTree(json);
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        throw CliException.data(FILE + ": not a demo history (expected \"format\": \"" + FORMAT + "\")");
      }
      List<BigDecimal> shares = new ArrayList<>();
      List<String> results = new ArrayList<>();
      for (JsonNode y : root.path("years")) {
        if (y.path("year").asInt() != shares.size() + 1 || !y.path("noMtShare").isNumber() || !y.path("results").isTextual()) {
          throw CliException.data(FILE + ": \"years\"[" + shares.size() + "] needs year " + (shares.size() + 1)
              + ", a number noMtShare and a results file");
        }
        shares.add(y.path("noMtShare").decimalValue());
        results.add(y.path("results").asText());
      }
      if (shares.isEmpty()) {
        throw CliException.data(FILE + ": \"years\" lists no year");
      }
      return new Spec(CptsId.of(root.path("cpts").asText()), root.path("source").asText(), root.path("line").asText(),
          Indicator.valueOf(root.path("indicator").asText().toUpperCase(Locale.ROOT)),
          root.path("rowsPerInhabitant").asDouble(1.0), shares, results);
    } catch (CliException e) {
      throw e;
    } catch (ContractJsonException e) {
      throw CliException.coded(CliException.DATA, e.code(), FILE + ": not a valid JSON document (" + CliException.detail(e) + ")");
    } catch (io.github.cptssdk.core.CptsException | IllegalArgumentException e) {
      throw CliException.data(FILE + ": \"cpts\" or \"indicator\" names no CPTS id or catalogue indicator");
    }
  }

  /** @return what the report's history section shows (French labels) */
  static HistorySection.Data section(Run r) {
    List<HistorySection.YearRow> rows = new ArrayList<>();
    for (Year y : r.years()) {
      ContractYearFunding f = r.funding().year(y.year());
      rows.add(new HistorySection.YearRow(y.year(), y.indicatorYear(), f.period().start() + " – " + f.period().end(),
          f.versionId().value(), f.size().labelFr(), y.trajectory().doubleValue(), y.measured().doubleValue(),
          f.knownEarned().cents(), r.funding().variableEarned(y.year()).cents(), f.unknowns().size()));
    }
    List<ReportData.Payment> schedule = r.funding().schedule().stream().map(p -> new ReportData.Payment(p.date(),
        DemoReport.label(p.item(), p.mission()) + " – " + p.rule().text().fr(), p.amount().cents())).toList();
    List<String> unknowns = new ArrayList<>();
    for (ContractYearFunding f : r.funding().years()) {
      f.unknowns().forEach(l -> unknowns.add("année " + f.year() + ", " + DemoReport.label(l.item(), l.mission()) + " : "
          + l.earned().unknownReason().text().fr()));
    }
    return new HistorySection.Data(r.cptsName(), r.source(), r.indicator().labelFr(), r.line().label(),
        r.line().baseline().doubleValue(), r.line().target().doubleValue(), rows, schedule, r.funding().total().cents(),
        unknowns);
  }

  /** @return the report with the history section, if the demo has one */
  static String withSection(String html, Optional<Run> history) {
    return history.map(r -> DeskSection.into(html, HistorySection.html(section(r)))).orElse(html);
  }
}
