package io.github.cptssdk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.finess.FinessFormat;
import io.github.cptssdk.registries.supply.ProfessionSupply;
import io.github.cptssdk.registries.supply.StructureCount;
import io.github.cptssdk.registries.supply.Supply;
import io.github.cptssdk.registries.supply.SupplyOfCare;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ./cpts supply}: the supply of care of a territory from the Annuaire Santé extraction (and FINESS+
 * for the structures): professionals by profession, general practitioners, densities per 10,000.
 */
final class SupplyCommand implements Command {

  static final List<String> SELECTORS = List.of("epci", "communes", "department", "region", "cpts");

  @Override
  public String name() {
    return "supply";
  }

  @Override
  public String summary() {
    return "professionals, general practitioners and structures of a territory, from the RPPS extraction and FINESS+";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: ./cpts supply --rpps FILE [--savoir-faire FILE] [--finess FILE]",
        "                     (--epci SIREN | --communes C1,C2 | --department CODE | --region CODE | --cpts FILE)",
        "                     [--on-error strict|skip] [--json] [--quiet]",
        "",
        "  --rpps FILE          PS_LibreAcces_Personne_activite_*.txt (2026 or 2021-2022 layout)",
        "  --savoir-faire FILE  PS_LibreAcces_SavoirFaire_*.txt, when the specialties are published there",
        "  --finess FILE        FINESS+ structures flow (.json or .json.gz) or legacy Etalab extraction",
        "                       (etalab-cs1100507-stock-*.csv), detected from its first bytes: open sites by category",
        "  --cpts FILE          a CPTS JSON document (its territory)",
        "  --on-error POLICY    strict (default: stop at the first bad row) or skip (count bad rows by code)",
        "",
        "A professional counts once per profession; general practitioners: profession 10 with SM26, SM53 or SM54",
        "(DREES); replacement-only activity (GENR02, GENR03) and closed sites are excluded. See docs/registries.md.");
  }

  @Override
  public int run(Args args, Io io) throws Exception {
    args.check(Set.of("rpps", "savoir-faire", "finess", "epci", "communes", "department", "region", "cpts", "on-error"),
        Set.of("json", "quiet"));
    CommuneReferential ref = CommuneReferential.official();
    Territory territory = territory(args, io, ref);
    Supply supply = Supply.of(ref, territory);
    ReadSummary read = RegistryInputs.readActivities(args, io, ref, supply::addActivity);
    if (args.option("finess").isPresent()) {
      FinessFormat.detect(Inputs.existing(io, args.required("finess"))).read(Inputs.existing(io, args.required("finess")),
          RegistryInputs.policy(args), supply::addSite);
    }
    SupplyOfCare result = supply.result();
    if (args.flag("json")) {
      io.out().println(json(result, read));
    } else {
      table(io.out(), result, read);
    }
    return 0;
  }

  static Territory territory(Args args, Io io, CommuneReferential ref) {
    List<String> given = SELECTORS.stream().filter(s -> args.option(s).isPresent()).toList();
    if (given.size() != 1) {
      throw CliException.usage("give exactly one of --epci, --communes, --department, --region, --cpts");
    }
    String selector = given.get(0);
    String value = args.required(selector).trim();
    if (selector.equals("cpts")) {
      return CptsJson.read(Inputs.existing(io, value)).territory();
    }
    return TerritoryCommand.territory(ref, selector, value);
  }

  static String json(SupplyOfCare r, ReadSummary read) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("population", r.population());
    root.put("generalPractitioners", r.generalPractitioners());
    root.put("generalPractitionersPer10000", r.generalPractitionersPer10000());
    ArrayNode professions = root.putArray("professions");
    for (ProfessionSupply p : r.professions()) {
      professions.addObject().put("code", p.code()).put("label", p.label()).put("professionals", p.professionals())
          .put("liberal", p.liberal()).put("salaried", p.salaried()).put("per10000", p.per10000());
    }
    ArrayNode structures = root.putArray("structures");
    for (StructureCount s : r.structures()) {
      structures.addObject().put("category", s.category()).put("label", s.label()).put("count", s.count());
    }
    root.put("rowsRead", read.rows());
    ObjectNode skipped = root.putObject("rowsSkipped");
    read.rejectedByCode().forEach(skipped::put);
    root.put("rowsUnplaced", read.unplaced());
    root.put("encoding", read.encoding().name());
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static void table(PrintStream out, SupplyOfCare r, ReadSummary read) {
    out.printf(Locale.ROOT, "population %,d   general practitioners %d (%s per 10,000)%n", r.population(),
        r.generalPractitioners(), density(r.generalPractitionersPer10000()));
    out.printf("%-6s %-40s %12s %8s %8s %10s%n", "code", "profession", "professionals", "liberal", "salaried", "per 10,000");
    for (ProfessionSupply p : r.professions()) {
      out.printf(Locale.ROOT, "%-6s %-40s %12d %8d %8d %10s%n", p.code(), cut(p.label()), p.professionals(), p.liberal(),
          p.salaried(), density(p.per10000()));
    }
    if (!r.structures().isEmpty()) {
      out.printf("%n%-6s %-60s %6s%n", "cat.", "structures (open FINESS sites)", "count");
      r.structures().forEach(s -> out.printf(Locale.ROOT, "%-6s %-60s %6d%n", s.category(), cut(s.label()), s.count()));
    }
    out.printf(Locale.ROOT, "%nrows read %,d, skipped %,d %s, unplaced %,d, encoding %s%n", read.rows(), read.rejected(),
        read.rejectedByCode(), read.unplaced(), read.encoding());
  }

  private static String density(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
  }

  private static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 39) + "…" : s;
  }
}
