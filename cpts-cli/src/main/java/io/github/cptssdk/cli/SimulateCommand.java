package io.github.cptssdk.cli;

import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.SimulatedLine;
import io.github.cptssdk.core.aci.Simulation;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.contract.ContractJson;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** {@code ./cpts simulate}: the maximum ACI funding of a CPTS by size band, line by line, at a date. */
public final class SimulateCommand implements Command {

  @Override
  public String name() {
    return "simulate";
  }

  @Override
  public String summary() {
    return "maximum ACI funding per year for a population (or size band) at a date, line by line";
  }

  @Override
  public String usage() {
    return "usage: ./cpts simulate --population N | --size SIZE_1..SIZE_4 | --cpts FILE  --date YYYY-MM-DD\n"
        + "                      [--missions M1,M2,...] [--accept STATUS,...] [--json]\n"
        + "  --cpts            a CPTS document (cpts-document/1): the population of its territory on the\n"
        + "                    bundled referential gives the size band\n"
        + "  --missions        missions to simulate (default: the core missions at the date)\n"
        + AciCliSupport.ACCEPT_USAGE
        + AciCliSupport.TABLE_USAGE
        + "Prints the ACI version in force, the size band, each line's maximum (or an explicit unknown with its\n"
        + "reason) and the annual total as a known part plus the unknown lines.";
  }

  @Override
  public int run(Args args, Io io) {
    args.check(AciCliSupport.with(Set.of("population", "size", "cpts", "date", "missions", "accept"), AciCliSupport.TABLE_OPTIONS), Set.of("json"));
    LocalDate date = AciCliSupport.date("date", args.required("date"));
    FigurePolicy policy = AciCliSupport.policy(args);
    AciFunding funding = AciFunding.of(AciCliSupport.rules(args, io), policy);
    AciVersion v = funding.rules().at(date);
    Set<Mission> missions = args.option("missions").map(AciCliSupport::missions).orElse(v.coreMissions(date));
    if (Set.of("population", "size", "cpts").stream().filter(o -> args.option(o).isPresent()).count() != 1) {
      throw CliException.usage("give one of --population, --size or --cpts");
    }
    Optional<Long> territory = args.option("cpts").map(f -> {
      CommuneReferential ref = CommuneReferential.official();
      return ref.profile(CptsJson.read(Inputs.existing(io, f)).territory()).population();
    });
    Simulation s = funding.simulate(territory.map(v::sizeBand).orElseGet(() -> size(args, v)), date, missions);
    if (args.flag("json")) {
      io.out().print(ContractJson.writeSimulation(s));
    } else {
      print(io.out(), v, s, args, policy, territory);
    }
    return 0;
  }

  private static SizeBand size(Args args, AciVersion v) {
    if (args.option("population").isPresent() == args.option("size").isPresent()) {
      throw CliException.usage("give one of --population, --size or --cpts");
    }
    if (args.option("size").isPresent()) {
      try {
        return SizeBand.parse(args.option("size").get());
      } catch (IllegalArgumentException e) {
        throw CliException.usage("option --size expects SIZE_1 to SIZE_4 (or 1 to 4)");
      }
    }
    long population = args.longOption("population").orElseThrow();
    if (population < 0) {
      throw CliException.usage("option --population expects zero or more inhabitants");
    }
    return v.sizeBand(population);
  }

  private static void print(PrintStream out, AciVersion v, Simulation s, Args args, FigurePolicy policy,
      Optional<Long> territory) {
    out.printf("ACI version in force on %s: %s (%s, %s)%n", s.date(), v.id(), v.label(), v.validity());
    out.printf("Size band: %s (%s)%s%n", s.size(), s.size().labelFr(),
        territory.map(p -> ", population " + p + " of the territory of " + args.option("cpts").orElseThrow() + " ("
            + CommuneReferential.official().source() + "), band " + band(v, s.size()))
            .or(() -> args.option("population").map(p -> ", population " + p + ", band " + band(v, s.size()))).orElse(""));
    out.printf("Figures used: %s%n%n", AciCliSupport.policyText(policy));
    out.printf("%-42s %14s  %s%n", "Annual line", "Max per year", "Status, sources, rule / why unknown");
    s.lines().stream().filter(SimulatedLine::annual).forEach(l -> line(out, l));
    out.printf("%nOne-off lines (not in the annual total)%n");
    s.lines().stream().filter(l -> !l.annual()).forEach(l -> line(out, l));
    out.println();
    if (s.complete()) {
      out.printf("Annual total: %s%n", AciCliSupport.euros(s.knownAnnualTotal()));
    } else {
      out.printf("Annual total: known part %s + %d unknown line(s): %s%n", AciCliSupport.euros(s.knownAnnualTotal()),
          s.unknownAnnualLines().size(), s.unknownAnnualLines().stream().map(SimulatedLine::name).toList());
    }
    out.printf("National maximum for %s: %s  %s%n", s.size(), AciCliSupport.amount(s.nationalMaximum()),
        AciCliSupport.basis(s.nationalMaximum()));
  }

  private static String band(AciVersion v, SizeBand size) {
    return v.sizeBands().stream().filter(b -> b.band() == size).findFirst()
        .map(b -> b + " (inclusivity " + b.status() + ")").orElse("?");
  }

  private static void line(PrintStream out, SimulatedLine l) {
    out.printf("%-42s %14s  %s%n", l.name(), AciCliSupport.amount(l.amount()), AciCliSupport.basis(l.amount()));
  }
}
