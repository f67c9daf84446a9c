package io.github.cptssdk.cli.demo;

import static io.github.cptssdk.cli.AciCliSupport.amount;
import static io.github.cptssdk.cli.AciCliSupport.euros;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.Payment;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.json.contract.ContractJson;
import io.github.cptssdk.json.report.ReportJson;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The demo's summary: tables for people, JSON for machines (format {@code cpts-demo-summary/1}). */
final class DemoSummary {

  /** Nodes only: the summary is written, never read (JSON is parsed by cpts-json only). */
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private DemoSummary() {}

  static void print(PrintStream out, DemoRun.Outcome o, Optional<DemoHistory.Run> history, List<Path> files, Path workDir,
      boolean unmasked) {
    for (DemoRun.CptsOutcome c : o.cpts()) {
      out.printf("%n== %s (%s)%n", c.cpts().name(), c.cpts().id());
      out.printf("Territory     %d communes, %,d inhabitants, department(s) %s; %s (%s) under %s%n",
          c.profile().communeCount(), c.profile().population(), String.join(", ", c.profile().departments()),
          c.size(), c.size().labelFr(), c.version().id());
      eligibility(out, c);
      indicators(out, c, o.plan().indicatorYear(), unmasked);
      funding(out, c.funding());
    }
    history.ifPresent(h -> history(out, h));
    var cov = o.coverage();
    out.printf("%n== Regional view: %s%n", o.scopeName());
    out.printf("Covered       %,d of %,d inhabitants; %d commune(s) in white zones (%,d inhabitants); %d overlap(s)%n",
        cov.coveredPopulation(), cov.coveredPopulation() + cov.whiteZonePopulation(), cov.whiteZones().size(),
        cov.whiteZonePopulation(), cov.overlaps().size());
    out.printf("%nWrote %d files; open %s%n", files.size(), workDir.relativize(files.get(files.size() - 1).toAbsolutePath()));
  }

  private static void eligibility(PrintStream out, DemoRun.CptsOutcome c) {
    var e = c.eligibility();
    out.printf("Eligibility   %s (%d error(s), %d warning(s))%n", e.isValid() ? "eligible" : "NOT eligible",
        e.errors().size(), e.warnings().size());
    for (ValidationIssue i : e.issues()) {
      out.printf("  %-8s %s %-28s %s%n", i.severity(), i.code(), i.path(), i.message().en());
    }
  }

  private static void indicators(PrintStream out, DemoRun.CptsOutcome c, int year, boolean unmasked) {
    out.printf("Indicators    %d, synthetic patients%s%n", year, unmasked ? " (UNMASKED)" : "; counts under 11 masked");
    out.printf("  %-26s %10s %11s %8s%n", "indicator", "numerator", "denominator", "rate");
    for (PublishedValue v : shown(c, unmasked)) {
      if (!v.indicator().isFromPatients()) {
        continue;
      }
      out.printf("  %-26s %10s %11s %8s%n", v.indicator(), v.numerator().isPresent() ? String.format("%,d", v.numerator().getAsLong()) : "masked",
          v.denominator().isPresent() ? String.format("%,d", v.denominator().getAsLong()) : "",
          v.rate().map(r -> String.format(Locale.ROOT, "%.1f %%", r.doubleValue() * 100)).orElse(""));
    }
    if (!c.measured().isEmpty()) {
      out.printf("  %-26s %10s %11s %8s  %s%n", "contract line (measured)", "value", "baseline", "target", "indicator");
    }
    c.measured().forEach((line, value) -> {
      var l = c.contract().missions().stream().flatMap(m -> m.indicators().stream()).filter(x -> x.id().equals(line))
          .findFirst();
      out.printf("  %-26s %10s %11s %8s  %s%n", line, value.toPlainString(),
          l.map(x -> x.baseline() == null ? "" : x.baseline().toPlainString()).orElse(""),
          l.map(x -> x.target() == null ? "" : x.target().toPlainString()).orElse(""), c.entry().measured().get(line).indicator());
    });
  }

  static List<PublishedValue> shown(DemoRun.CptsOutcome c, boolean unmasked) {
    return unmasked ? c.unmasked().stream().map(PublishedValue::of).toList() : c.published();
  }

  private static void funding(PrintStream out, ContractYearFunding y) {
    out.printf("Funding       contract year %d (%s), %s, %s%n", y.year(), y.period(), y.versionId(), y.size());
    out.printf("  %-44s %14s %14s%n", "line", "envelope", "earned");
    for (FundingLine l : y.lines()) {
      out.printf("  %-44s %14s %14s%n", l.name(), amount(l.envelope()), amount(l.earned()));
    }
    out.printf("  Payments%n");
    for (Payment p : y.payments()) {
      out.printf("    %s %14s  %s%s, %s%n", p.date(), euros(p.amount()), p.item(), p.mission() == null ? "" : " " + p.mission(), p.rule().text().en());
    }
    out.printf("  Earned (known) %s; paid %s%s%n", euros(y.knownEarned()), euros(y.paid()),
        y.unknowns().isEmpty() ? "" : "; unknown lines: " + y.unknowns().stream().map(FundingLine::name).toList());
  }

  /** The five-year history: one line per contract year, then the payment schedule's total. */
  private static void history(PrintStream out, DemoHistory.Run h) {
    out.printf("%n== Five-year history of %s (synthetic; %s)%n", h.cptsName(), h.source());
    out.printf("  contract line %s: baseline %s %%, target %s %%; measured by %s%n", h.line().id(),
        h.line().baseline().toPlainString(), h.line().target().toPlainString(), h.indicator());
    out.printf("  %-4s %-6s %-10s %10s %10s %14s %14s  %s%n", "year", "data", "version", "trajectory", "measured",
        "earned", "variable", "unknown lines");
    for (DemoHistory.Year y : h.years()) {
      ContractYearFunding f = h.funding().year(y.year());
      out.printf("  %-4d %-6d %-10s %8s %% %8s %% %14s %14s  %s%n", y.year(), y.indicatorYear(), f.versionId(),
          y.trajectory().toPlainString(), y.measured().toPlainString(), euros(f.knownEarned()),
          euros(h.funding().variableEarned(y.year())), f.unknowns().stream().map(FundingLine::name).toList());
    }
    out.printf("  Payment schedule: %d payments from %s to %s, total (known) %s%n", h.funding().schedule().size(),
        h.funding().schedule().get(0).date(), h.funding().schedule().get(h.funding().schedule().size() - 1).date(),
        euros(h.funding().total()));
  }

  static String json(DemoRun.Outcome o, Optional<DemoHistory.Run> history, List<Path> files, Path workDir,
      boolean unmasked) {
    ObjectNode root = JSON.objectNode().put("format", "cpts-demo-summary/1")
        .put("referenceDate", o.plan().referenceDate().toString()).put("indicatorYear", o.plan().indicatorYear())
        .put("seed", o.plan().seed()).put("syntheticPeople", o.syntheticPeople()).put("unmasked", unmasked);
    ArrayNode cpts = root.putArray("cpts");
    for (DemoRun.CptsOutcome c : o.cpts()) {
      ObjectNode n = cpts(c, unmasked);
      history.filter(h -> h.cptsName().equals(c.cpts().name())).ifPresent(h -> n.set("history", historyTree(h)));
      cpts.add(n);
    }
    var cov = o.coverage();
    root.putObject("regional").put("scope", o.scopeName()).put("coveredPopulation", cov.coveredPopulation())
        .put("whiteZonePopulation", cov.whiteZonePopulation()).put("whiteZoneCommunes", cov.whiteZones().size())
        .put("overlaps", cov.overlaps().size());
    ArrayNode written = root.putArray("files");
    files.forEach(f -> written.add(workDir.relativize(f.toAbsolutePath()).toString()));
    return write(root);
  }

  private static ObjectNode cpts(DemoRun.CptsOutcome c, boolean unmasked) {
    ObjectNode n = JSON.objectNode().put("id", c.cpts().id().value()).put("name", c.cpts().name());
    n.putObject("territory").put("communes", c.profile().communeCount()).put("population", c.profile().population())
        .put("sizeBand", c.size().name()).put("aciVersion", c.version().id().value());
    n.putObject("eligibility").put("eligible", c.eligibility().isValid())
        .set("findings", ReportJson.issueTree(c.eligibility()));
    n.set("indicators", ReportJson.indicatorTree(c.published(), c.unmasked(), unmasked));
    ObjectNode measured = n.putObject("measuredLines");
    c.measured().forEach((line, v) -> {
      ObjectNode m = measured.putObject(line).put("indicator", c.entry().measured().get(line).indicator().name()).put("value", v);
      c.contract().missions().stream().flatMap(x -> x.indicators().stream()).filter(x -> x.id().equals(line)).findFirst()
          .ifPresent(l -> m.put("baseline", l.baseline()).put("target", l.target()));
    });
    n.set("funding", ContractJson.fundingTree(c.funding()));
    return n;
  }

  private static ObjectNode historyTree(DemoHistory.Run h) {
    ObjectNode n = JSON.objectNode().put("source", h.source()).put("line", h.line().id())
        .put("indicator", h.indicator().name()).put("baseline", h.line().baseline()).put("target", h.line().target());
    ArrayNode years = n.putArray("years");
    for (DemoHistory.Year y : h.years()) {
      years.add(JSON.objectNode().put("year", y.year()).put("indicatorYear", y.indicatorYear())
          .put("trajectory", y.trajectory()).put("measured", y.measured())
          .put("variableEarned", h.funding().variableEarned(y.year()).toBigDecimal())
          .set("funding", ContractJson.fundingTree(h.funding().year(y.year()))));
    }
    n.put("total", h.funding().total().toBigDecimal());
    ArrayNode schedule = n.putArray("schedule");
    h.funding().schedule().forEach(p -> schedule.add(JSON.objectNode().put("date", p.date().toString())
        .put("item", p.item().name()).put("mission", p.mission() == null ? null : p.mission().name())
        .put("amount", p.amount().toBigDecimal()).put("rule", p.rule().name())));
    return n;
  }

  static String indicatorsJson(DemoRun.CptsOutcome c, boolean unmasked) {
    ObjectNode root = JSON.objectNode().put("format", "cpts-demo-indicators/1").put("cpts", c.cpts().id().value())
        .put("unmasked", unmasked);
    root.set("indicators", ReportJson.indicatorTree(c.published(), c.unmasked(), unmasked));
    return write(root);
  }

  private static String write(ObjectNode n) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(n) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
