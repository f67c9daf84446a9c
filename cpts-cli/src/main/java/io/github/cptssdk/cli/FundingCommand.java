package io.github.cptssdk.cli;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.Payment;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.json.contract.ContractJson;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code ./cpts funding}: what a contract year earns, line by line, and the dated payments. */
public final class FundingCommand implements Command {

  @Override
  public String name() {
    return "funding";
  }

  @Override
  public String summary() {
    return "earned ACI funding and dated payments of a contract year (or of all years)";
  }

  @Override
  public String usage() {
    return "usage: ./cpts funding --contract FILE --year N|all [--results FILE] [--accept STATUS,...] [--json]\n"
        + "  --contract        contract document (cpts-aci-contract/1, see docs/aci-rules.md)\n"
        + "  --year            contract year 1 to 5, or 'all' for the five-year projection\n"
        + "  --results         indicator results of the year (cpts-aci-results/1); without it every indicator\n"
        + "                    is taken as fully attained (the maximum) and no crisis as recognised\n"
        + AciCliSupport.ACCEPT_USAGE
        + AciCliSupport.TABLE_USAGE;
  }

  @Override
  public int run(Args args, Io io) {
    args.check(AciCliSupport.with(Set.of("contract", "year", "results", "accept"), AciCliSupport.TABLE_OPTIONS), Set.of("json"));
    AciContract contract = ContractJson.readContract(Inputs.existing(io, args.required("contract")));
    String year = args.required("year");
    FigurePolicy policy = AciCliSupport.policy(args);
    AciFunding funding = AciFunding.of(AciCliSupport.rules(args, io), policy);
    check(funding.rules().validate(contract), io);
    YearResults results = args.option("results").map(f -> ContractJson.readResults(Inputs.existing(io, f))).orElse(YearResults.allMet());
    List<ContractYearFunding> years = "all".equals(year) ? funding.projection(contract, y -> results)
        : List.of(funding.year(contract, number(year), results));
    if (args.flag("json")) {
      io.out().print(ContractJson.writeFunding(years));
    } else {
      io.out().printf("Contract %s signed %s; figures used: %s; %s%n", contract.cptsId(), contract.signedOn(),
          AciCliSupport.policyText(policy), args.option("results").isPresent() ? "results from file"
              : "no results file: every indicator taken as fully attained (maximum)");
      years.forEach(y -> print(io.out(), y));
    }
    return 0;
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw CliException.usage("option --year expects a contract year 1 to 5, or 'all'");
    }
  }

  private static void check(ValidationReport report, Io io) {
    report.warnings().forEach(w -> io.err().println("warning: " + w));
    if (!report.isValid()) {
      ValidationIssue first = report.errors().get(0);
      throw CliException.data("the contract has " + report.errors().size() + " error(s); first: " + first);
    }
  }

  private static void print(PrintStream out, ContractYearFunding y) {
    out.printf("%nContract year %d (%s), %s, %s%n", y.year(), y.period(), y.versionId(), y.size());
    out.printf("%-40s %14s %14s  %s%n", "Line", "Envelope", "Earned", "Status, sources, rule / why unknown");
    for (FundingLine l : y.lines()) {
      out.printf("%-40s %14s %14s  %s%n", l.name(), AciCliSupport.amount(l.envelope()), AciCliSupport.amount(l.earned()),
          AciCliSupport.basis(l.earned()));
    }
    out.printf("%nPayments%n");
    for (Payment p : y.payments()) {
      out.printf("  %s %14s  %-40s %s%n", p.date(), AciCliSupport.euros(p.amount()),
          p.item() + (p.mission() == null ? "" : " " + p.mission()), p.rule().text().en());
    }
    out.printf("Earned (known): %s; paid: %s%s%n", AciCliSupport.euros(y.knownEarned()), AciCliSupport.euros(y.paid()),
        y.unknowns().isEmpty() ? "" : "; unknown: " + y.unknowns().stream().map(FundingLine::name).toList());
  }
}
