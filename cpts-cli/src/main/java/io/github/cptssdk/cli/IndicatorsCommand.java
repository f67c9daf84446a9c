package io.github.cptssdk.cli;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.indicators.csv.EventCsvReader;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.json.report.ReportJson;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code ./cpts indicators}: the ACI indicators of every CPTS from a patient CSV file, in one pass. */
public final class IndicatorsCommand implements Command {

  @Override
  public String name() {
    return "indicators";
  }

  @Override
  public String summary() {
    return "ACI indicators per CPTS, department and region from patient CSV data (small counts masked)";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: ./cpts indicators --patients FILE --year YEAR (--cpts FILE[,FILE...] | --territory NAME=EPCI|COMMUNE[+COMMUNE...][;...]",
        "                         | --territories FILE) [--events FILE] [--communes FILE] [--threshold 11]",
        "                         [--on-error strict|skip] [--level cpts|department|region|all] [--json] [--unmasked] [--quiet]",
        "                         [--engine memory|spark] [--master URL]",
        "",
        "  --patients FILE     patient CSV (docs/indicators.md): patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s[,dates]",
        "  --events FILE       SAS/SNP and action events CSV: date,commune,kind[,professional_rpps,honoured,participants]",
        "  --cpts FILES        CPTS JSON documents (their territories)",
        "  --territory SPEC    NAME=EPCI SIREN or NAME=COMMUNE+COMMUNE, several separated by ';'",
        "  --territories FILE  CSV cpts_id,commune (one row per commune)",
        "  --communes FILE     commune referential CSV code,name,department,region,epci,population (default: the official one)",
        "  --threshold N       small-count threshold (default 11): counts under it are masked; under 11 needs --unmasked",
        "  --on-error MODE     strict (stop at the first bad row, default) or skip (count bad rows by error code)",
        "  --level LEVEL       areas printed: cpts (default), department, region or all",
        "  --unmasked          print the raw values, small counts included (authorised users only)",
        "  --engine ENGINE     memory (default) or spark: the same report computed on Apache Spark (cpts-spark;",
        "                      resolved by ./cpts on first use); --patients may then be a .parquet file or directory",
        "  --master URL        Spark master for --engine spark (default local[*])");
  }

  @Override
  public int run(Args args, Io io) throws Exception {
    args.check(Set.of("patients", "events", "cpts", "territory", "territories", "communes", "year", "threshold", "on-error", "level",
        "engine", "master"),
        Set.of("json", "unmasked", "quiet"));
    Path patients = io.resolve(args.required("patients"));
    int year = (int) (long) args.longOption("year").orElseThrow(() -> CliException.usage("missing option --year"));
    int threshold = (int) (long) args.longOption("threshold").orElse(11L);
    if (threshold < 1 || year < 1980 || year > 2140) {
      throw CliException.usage("--threshold must be at least 1 and --year within 1980..2140");
    }
    if (threshold < SuppressionPolicy.DEFAULT.threshold() && !args.flag("unmasked")) {
      throw CliException.usage("--threshold under " + SuppressionPolicy.DEFAULT.threshold()
          + " shows small counts: add --unmasked to confirm (authorised users only)");
    }
    ErrorPolicy policy = policy(args.option("on-error").orElse("strict"));
    CommuneReferential referential = Inputs.referential(args, io);
    IndicatorEngine engine = IndicatorEngine.builder().referential(referential).territories(Inputs.territories(args, io, referential))
        .year(year).suppression(SuppressionPolicy.of(threshold)).build();
    ReadSummary summary;
    ReadSummary events = null;
    IndicatorReport report;
    if (spark(args)) {
      SparkEngine.Result r = SparkEngine.compute(engine, patients, args.option("events").map(io::resolve).orElse(null),
          args.option("master").orElse("local[*]"), policy);
      report = r.report();
      summary = r.summary();
      events = r.events();
    } else {
      IndicatorAccumulator acc = engine.newAccumulator();
      summary = readPatients(patients, engine, acc, policy, args, io);
      if (args.option("events").isPresent()) {
        events = EventCsvReader.of(engine.dictionary()).withPolicy(policy).read(io.resolve(args.option("events").get()), acc::accept);
      }
      report = acc.report();
    }
    List<Area> areas = areas(report, args.option("level").orElse("cpts"));
    if (args.flag("json")) {
      io.out().println(ReportJson.indicators(report, areas, args.flag("unmasked"), summary, events));
    } else {
      printTable(io, report, areas, args.flag("unmasked"));
      if (!args.flag("quiet")) {
        io.err().println(describe("patients", summary) + (events == null ? "" : "; " + describe("events", events)));
      }
    }
    return 0;
  }

  private static ReadSummary readPatients(Path file, IndicatorEngine engine, IndicatorAccumulator acc, ErrorPolicy policy,
      Args args, Io io) throws Exception {
    Progress progress = new Progress(io, args.flag("quiet"), Files.size(file));
    try (InputStream in = progress.track(Files.newInputStream(file))) {
      return PatientCsvReader.of(engine.dictionary()).withPolicy(policy).read(in, acc::accept);
    } finally {
      progress.done();
    }
  }

  private static boolean spark(Args args) {
    String engine = args.option("engine").orElse("memory");
    if (!engine.equals("memory") && !engine.equals("spark")) {
      throw CliException.usage("--engine expects memory or spark");
    }
    if (!engine.equals("spark") && args.option("master").isPresent()) {
      throw CliException.usage("--master needs --engine spark");
    }
    return engine.equals("spark");
  }

  private static ErrorPolicy policy(String s) {
    return switch (s) {
      case "strict" -> ErrorPolicy.STRICT;
      case "skip" -> ErrorPolicy.SKIP;
      default -> throw CliException.usage("--on-error expects strict or skip");
    };
  }

  private static List<Area> areas(IndicatorReport report, String level) {
    return switch (level) {
      case "cpts" -> report.areas(Area.Level.CPTS);
      case "department" -> report.areas(Area.Level.DEPARTMENT);
      case "region" -> report.areas(Area.Level.REGION);
      case "all" -> report.areas();
      default -> throw CliException.usage("--level expects cpts, department, region or all");
    };
  }

  private static String describe(String what, ReadSummary s) {
    String r = what + ": " + s.rows() + " rows read, " + s.accepted() + " accepted";
    return s.rejectedByCode().isEmpty() ? r : r + ", skipped " + s.rejectedByCode();
  }

  private static void printTable(Io io, IndicatorReport report, List<Area> areas, boolean unmasked) {
    io.out().println("ACI indicators " + report.year() + (unmasked ? " (UNMASKED: small counts shown)"
        : " (counts under " + report.policy().threshold() + " masked)"));
    for (Area area : areas) {
      io.out().println();
      io.out().println(area.level().name().toLowerCase(Locale.ROOT) + " " + area.code()
          + (area.name().equals(area.code()) ? "" : " (" + area.name() + ")"));
      io.out().printf("  %-27s %12s %12s %9s  %s%n", "indicator", "numerator", "denominator", "rate", "status");
      List<IndicatorResult> raw = unmasked ? report.unmasked(area) : null;
      List<PublishedValue> pub = report.published(area);
      for (int i = 0; i < pub.size(); i++) {
        PublishedValue v = unmasked ? PublishedValue.of(raw.get(i)) : pub.get(i);
        io.out().printf("  %-27s %12s %12s %9s  %s%n", v.indicator().name(),
            v.numerator().isPresent() ? String.valueOf(v.numerator().getAsLong()) : "-",
            v.denominator().isPresent() ? String.valueOf(v.denominator().getAsLong()) : "-",
            v.rate().map(IndicatorsCommand::percent).orElse("-"), status(pub.get(i), unmasked));
      }
    }
  }

  private static String percent(BigDecimal rate) {
    return rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  private static String status(PublishedValue v, boolean unmasked) {
    String s = switch (v.suppression()) {
      case NONE -> "published";
      case PRIMARY -> "masked (small count)";
      case SECONDARY -> "masked (secondary)";
    };
    return unmasked && v.suppression().masked() ? "would be " + s : s;
  }
}
