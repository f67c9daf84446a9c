package io.github.cptssdk.cli;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.id.InvalidIdentifierException;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Department;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.Region;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.territory.TerritoryProfile;
import io.github.cptssdk.json.report.ReportJson;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ./cpts territory}: resolves a territory (an EPCI, a list of communes, a department or a region)
 * against the bundled referential and prints its population, communes, departments and regions.
 */
final class TerritoryCommand implements Command {

  private static final List<String> SELECTORS = List.of("epci", "communes", "department", "region");

  private final CommuneReferential referential;

  TerritoryCommand() {
    this(null);
  }

  /** @param referential the referential to use; null for the bundled one, loaded on first run */
  TerritoryCommand(CommuneReferential referential) {
    this.referential = referential;
  }

  @Override
  public String name() {
    return "territory";
  }

  @Override
  public String summary() {
    return "population, communes, departments and regions of an EPCI, communes, a department or a region";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: ./cpts territory (--epci SIREN | --communes CODE,CODE,... | --department CODE | --region CODE) [--json]",
        "",
        "  --epci SIREN        the member communes of an EPCI, e.g. 200066355 (Sète Agglopôle Méditerranée)",
        "  --communes CODES    INSEE commune codes separated by commas, e.g. 34301,34157",
        "  --department CODE   the communes of a department, e.g. 34, 2A, 971",
        "  --region CODE       the communes of a region (INSEE code), e.g. 76",
        "  --json              print a JSON object instead of a table",
        "",
        "Paris, Lyon and Marseille are counted once with their arrondissements municipaux (75113...).",
        "Codes unknown to the referential are listed under unknownCodes. Data: @etalab/decoupage-administratif.");
  }

  @Override
  public int run(Args args, Io io) throws Exception {
    args.check(Set.copyOf(SELECTORS), Set.of("json"));
    String selector = selector(args);
    String value = args.required(selector);
    CommuneReferential ref = referential != null ? referential : CommuneReferential.official();
    Optional<Epci> epci = selector.equals("epci") ? ref.epci(EpciCode.parse(value.trim())) : Optional.empty();
    Territory territory = territory(ref, selector, value.trim());
    TerritoryProfile profile = ref.profile(territory);
    if (args.flag("json")) {
      io.out().println(ReportJson.territory(profile, epci.orElse(null), sizeBands(profile), ref.source()));
    } else {
      table(io.out(), ref, profile, describe(ref, selector, value.trim(), epci));
    }
    if (!profile.isComplete()) {
      io.err().println("warning: " + profile.unknownCodes().size() + " code(s) unknown to " + ref.source()
          + ": " + join(profile.unknownCodes()));
    }
    return 0;
  }

  private static String selector(Args args) {
    List<String> given = SELECTORS.stream().filter(s -> args.option(s).isPresent()).toList();
    if (given.size() != 1) {
      throw CliException.usage("give exactly one of --epci, --communes, --department, --region"
          + (given.isEmpty() ? "" : " (got --" + String.join(", --", given) + ")"));
    }
    return given.get(0);
  }

  static Territory territory(CommuneReferential ref, String selector, String value) {
    return switch (selector) {
      case "epci" -> ref.epciTerritory(EpciCode.parse(value));
      case "department" -> ref.departmentTerritory(value.toUpperCase(Locale.ROOT));
      case "region" -> ref.regionTerritory(value);
      default -> communes(value);
    };
  }

  private static Territory communes(String list) {
    List<CommuneCode> codes = new ArrayList<>();
    String[] items = list.split(",");
    for (int i = 0; i < items.length; i++) {
      if (items[i].isBlank()) {
        continue;
      }
      try {
        codes.add(CommuneCode.parse(items[i].trim()));
      } catch (InvalidIdentifierException e) {
        throw CliException.data("--communes, code " + (i + 1), e);
      }
    }
    if (codes.isEmpty()) {
      throw CliException.usage("--communes needs at least one INSEE commune code, e.g. 34301,34157");
    }
    return Territory.of(codes);
  }

  private static String describe(CommuneReferential ref, String selector, String value, Optional<Epci> epci) {
    return switch (selector) {
      case "epci" -> epci.map(e -> "EPCI " + e.code() + " " + e.name() + " (" + e.type() + ")").orElse(value);
      case "department" -> "department " + value.toUpperCase(Locale.ROOT) + " "
          + ref.department(value.toUpperCase(Locale.ROOT)).map(Department::name).orElse("");
      case "region" -> "region " + value + " " + ref.region(value).map(Region::name).orElse("");
      default -> "communes " + value;
    };
  }

  private static void table(PrintStream out, CommuneReferential ref, TerritoryProfile p, String what) {
    row(out, "territory", what);
    row(out, "population", String.format(Locale.ROOT, "%,d", p.population()));
    row(out, "communeCount", Integer.toString(p.communeCount()));
    row(out, "departments", p.departments().stream()
        .map(d -> d + " " + ref.department(d).map(Department::name).orElse("")).collect(Collectors.joining(", ")));
    row(out, "regions", p.regions().stream()
        .map(r -> r + " " + ref.region(r).map(Region::name).orElse("")).collect(Collectors.joining(", ")));
    row(out, "sizeBand", sizeBands(p).entrySet().stream()
        .map(e -> e.getValue() + " under " + e.getKey()).collect(Collectors.joining(", ")));
    row(out, "unknownCodes", p.isComplete() ? "none" : join(p.unknownCodes()));
    row(out, "source", ref.source());
  }

  private static void row(PrintStream out, String label, String value) {
    out.printf("%-14s %s%n", label, value.isBlank() ? "-" : value.strip());
  }


  /** @return the ACI size band (taille 1 to 4) of the population under each version of the agreement, oldest first */
  private static java.util.Map<String, io.github.cptssdk.core.aci.SizeBand> sizeBands(TerritoryProfile p) {
    java.util.Map<String, io.github.cptssdk.core.aci.SizeBand> out = new java.util.LinkedHashMap<>();
    io.github.cptssdk.core.aci.AciRules.official().versions().forEach(v -> out.put(v.id().value(), v.sizeBand(p.population())));
    return out;
  }


  private static String join(Collection<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
