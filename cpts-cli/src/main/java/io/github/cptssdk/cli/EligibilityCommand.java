package io.github.cptssdk.cli;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.contract.ContractJson;
import io.github.cptssdk.json.report.ReportJson;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ./cpts eligibility}: the ACI eligibility and conformity report of a CPTS at a date (legal form,
 * health project, territory and overlaps with other contracted CPTS, core missions and their deadlines).
 * Exit code 1 when the report has errors (the CPTS is not eligible or not conforming).
 */
public final class EligibilityCommand implements Command {

  @Override
  public String name() {
    return "eligibility";
  }

  @Override
  public String summary() {
    return "ACI eligibility and conformity of a CPTS document at a date (exit 1 if not eligible)";
  }

  @Override
  public String usage() {
    return "usage: ./cpts eligibility --cpts FILE --date YYYY-MM-DD [--contract FILE] [--others FILE,...] [--lang en|fr] [--json]\n"
        + "  --cpts            CPTS document (cpts-document/1, see docs/cpts-document.md)\n"
        + "  --contract        its ACI contract (cpts-aci-contract/1): checked against the document (CPTS-1496 if\n"
        + "                    it is another CPTS's) and its territory (CPTS-1490, CPTS-1491), findings added\n"
        + "  --date            the day checked (mission deadlines count from the contract signature)\n"
        + "  --others          other known CPTS documents: a contracted one whose territory overlaps is reported\n"
        + "  --lang            language of the messages in the table (default en; --json gives both)\n"
        + "Exit code 0 if eligible (warnings and notes allowed), 1 if the report has errors.";
  }

  @Override
  public int run(Args args, Io io) {
    args.check(AciCliSupport.with(Set.of("cpts", "date", "others", "lang", "contract"), AciCliSupport.TABLE_OPTIONS), Set.of("json"));
    LocalDate date = AciCliSupport.date("date", args.required("date"));
    Locale lang = lang(args.option("lang").orElse("en"));
    Cpts cpts = read(io, args.required("cpts"));
    List<Cpts> others = new ArrayList<>();
    args.option("others").ifPresent(list -> {
      for (String f : list.split(",")) {
        others.add(read(io, f.strip()));
      }
    });
    AciRules rules = AciCliSupport.rules(args, io);
    ValidationReport report = rules.eligibility(cpts, date, others);
    if (args.option("contract").isPresent()) {
      AciContract contract = ContractJson.readContract(Inputs.existing(io, args.option("contract").get()));
      CommuneReferential referential = CommuneReferential.official();
      report = report.and(rules.checkDocument(contract, cpts, referential.profile(cpts.territory()), referential.source()));
    }
    Optional<AciVersion> version = rules.find(date);
    if (args.flag("json")) {
      io.out().println(ReportJson.eligibility(cpts.id().toString(), date, version.map(v -> v.id().value()).orElse(null), report));
    } else {
      table(io.out(), cpts, date, version, report, lang);
    }
    return report.isValid() ? 0 : 1;
  }

  private static Locale lang(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "en" -> Locale.ENGLISH;
      case "fr" -> Locale.FRENCH;
      default -> throw CliException.usage("option --lang expects en or fr");
    };
  }

  private static Cpts read(Io io, String file) {
    return CptsJson.read(Inputs.existing(io, file));
  }

  private static void table(PrintStream out, Cpts cpts, LocalDate date, Optional<AciVersion> version,
      ValidationReport report, Locale lang) {
    out.printf("CPTS %s on %s, ACI version in force: %s%n", cpts.id(), date, version.map(v -> v.id().value()).orElse("none"));
    out.printf("%s: %d error(s), %d warning(s)%n", report.isValid() ? "ELIGIBLE" : "NOT ELIGIBLE",
        report.errors().size(), report.warnings().size());
    if (report.issues().isEmpty()) {
      return;
    }
    out.printf("%n%-8s %-10s %-32s %s%n", "Severity", "Code", "Path", "Finding");
    for (ValidationIssue i : report.issues()) {
      out.printf("%-8s %-10s %-32s %s%n", i.severity(), i.code(), i.path().isEmpty() ? "-" : i.path(),
          i.message().in(lang));
    }
  }

}
