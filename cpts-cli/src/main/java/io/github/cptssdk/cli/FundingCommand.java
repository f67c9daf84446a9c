package io.github.cptssdk.cli;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.Payment;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.TerritoryProfile;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.contract.ContractJson;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
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
    return "usage: ./cpts funding --contract FILE --year N|all [--cpts FILE] [--results FILE] [--accept STATUS,...] [--json]\n"
        + "  --contract        contract document (cpts-aci-contract/1, see docs/aci-rules.md)\n"
        + "  --cpts            the CPTS document of the contract (cpts-document/1): its cptsId must be the\n"
        + "                    document's (else CPTS-1496); population and size band then come from the\n"
        + "                    document's territory on the bundled referential, and a contract stating\n"
        + "                    another population or band gets a finding (CPTS-1490, CPTS-1491)\n"
        + "  --year            contract year 1 to 5, or 'all' for the five-year projection\n"
        + "  --results         indicator results of the year (cpts-aci-results/1); without it every indicator\n"
        + "                    is taken as fully attained (the maximum) and no crisis as recognised\n"
        + AciCliSupport.ACCEPT_USAGE
        + AciCliSupport.TABLE_USAGE;
  }

  @Override
  public int run(Args args, Io io) {
    args.check(AciCliSupport.with(Set.of("contract", "year", "results", "accept", "cpts"), AciCliSupport.TABLE_OPTIONS),
        Set.of("json"));
    AciContract stated = ContractJson.readContract(Inputs.existing(io, args.required("contract")));
    String year = args.required("year");
    FigurePolicy policy = AciCliSupport.policy(args);
    AciFunding funding = AciFunding.of(AciCliSupport.rules(args, io), policy);
    check(funding.rules().validate(stated), io);
    Optional<Tie> tie = args.option("cpts").map(f -> tie(funding.rules(), stated, CptsJson.read(Inputs.existing(io, f))));
    AciContract contract = tie.map(t -> stated.onTerritory(t.territory())).orElse(stated);
    YearResults results = args.option("results").map(f -> ContractJson.readResults(Inputs.existing(io, f))).orElse(YearResults.allMet());
    List<ContractYearFunding> years = "all".equals(year) ? funding.projection(contract, y -> results)
        : List.of(funding.year(contract, number(year), results));
    if (args.flag("json")) {
      io.out().print(tie.map(t -> ContractJson.writeFunding(years, t.cpts().id(), t.territory(), t.vintage(), t.findings()))
          .orElseGet(() -> ContractJson.writeFunding(years)));
    } else {
      io.out().printf("Contract %s signed %s; figures used: %s; %s%n", contract.cptsId(), contract.signedOn(),
          AciCliSupport.policyText(policy), args.option("results").isPresent() ? "results from file"
              : "no results file: every indicator taken as fully attained (maximum)");
      tie.ifPresent(t -> print(io.out(), t));
      years.forEach(y -> print(io.out(), y));
    }
    return 0;
  }

  /** A contract tied to its CPTS document: the document, its territory on the referential, the findings. */
  private record Tie(Cpts cpts, TerritoryProfile territory, String vintage, ValidationReport findings) {}

  /** @throws CliException CPTS-1496 (data) if the contract is not the document's */
  private static Tie tie(AciRules rules, AciContract contract, Cpts cpts) {
    CommuneReferential referential = CommuneReferential.official();
    TerritoryProfile territory = referential.profile(cpts.territory());
    ValidationReport findings = rules.checkDocument(contract, cpts, territory, referential.source());
    if (!findings.isValid()) {
      ValidationIssue first = findings.errors().get(0);
      throw CliException.coded(CliException.DATA, first.code(), "--cpts: " + first.path() + ": " + first.message().en());
    }
    return new Tie(cpts, territory, referential.source(), findings);
  }

  private static void print(PrintStream out, Tie t) {
    out.printf("CPTS document %s: %d communes, population %d (%s); the contract is funded on this territory%n",
        t.cpts().id(), t.territory().communeCount(), t.territory().population(), t.vintage());
    if (t.findings().issues().isEmpty()) {
      out.printf("The contract agrees with its territory (population and size band)%n");
    }
    for (ValidationIssue i : t.findings().issues()) {
      out.printf("%s %s %s: %s%n", i.severity(), i.code(), i.path(), i.message().en());
    }
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
