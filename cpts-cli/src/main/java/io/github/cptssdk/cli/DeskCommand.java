package io.github.cptssdk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.desk.DeskCount;
import io.github.cptssdk.desk.DeskIndicators;
import io.github.cptssdk.desk.DeskMatcher;
import io.github.cptssdk.desk.DeskMeasure;
import io.github.cptssdk.desk.DeskReport;
import io.github.cptssdk.desk.DeskRequest;
import io.github.cptssdk.desk.GpCapacity;
import io.github.cptssdk.desk.MatchResult;
import io.github.cptssdk.desk.PriorityRules;
import io.github.cptssdk.desk.Proposal;
import io.github.cptssdk.desk.Waiting;
import io.github.cptssdk.desk.io.CapacityCsvReader;
import io.github.cptssdk.desk.io.DeskJson;
import io.github.cptssdk.desk.io.RequestCsvReader;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.registries.supply.GeneralPractitioner;
import io.github.cptssdk.registries.supply.Supply;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code ./cpts desk}: the médecin-traitant desk: {@code match} requests to GP capacity, {@code report} the outcomes. */
public final class DeskCommand implements Command {

  @Override
  public String name() {
    return "desk";
  }

  @Override
  public String summary() {
    return "médecin-traitant desk: match waiting requests to GP capacity, report the outcomes (small counts masked)";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: ./cpts desk match --requests FILE --capacity FILE --period FROM/TO [--epci SIREN[,SIREN...]] [--json]",
        "       ./cpts desk match --requests FILE --rpps FILE --places N --period FROM/TO [--epci ...] [--json]",
        "       ./cpts desk report --history FILE --period FROM/TO [--json]",
        "",
        "  --requests FILE  requests CSV (docs/desk.md): request_id,commune,birth_year,ald,c2s,received_on[,...,steps]",
        "  --capacity FILE  GP capacity CSV: rpps,commune,new_patients[,site,age_bands,home_visits,valid_from,valid_to],",
        "                   or a cpts-desk-capacity/1 JSON (.json)",
        "  --rpps FILE      instead of --capacity: the GPs of the territory from an Annuaire Santé activity file",
        "                   ([--savoir-faire FILE] [--on-error strict|skip]), each offering --places N new patients",
        "  --history FILE   the desk's history: a requests CSV with its steps column, or a cpts-desk-history/1 JSON",
        "  --period FROM/TO the period, both dates included (2025-01-01/2025-12-31)",
        "  --epci SIRENS    the CPTS territory as EPCI (default: every commune of the two files)",
        "",
        "match prints each proposal and each waiting request with why; priority: CNAM (ALD, then 70+, then C2S).");
  }

  @Override
  public int run(Args args, Io io) throws Exception {
    List<String> pos = args.positionals();
    String sub = pos.isEmpty() ? "" : pos.get(0);
    switch (sub) {
      case "match":
        args.check(Set.of("requests", "capacity", "rpps", "places", "savoir-faire", "on-error", "period", "epci"),
            Set.of("json", "quiet"));
        return match(args, io);
      case "report":
        args.check(Set.of("history", "period"), Set.of("json", "quiet"));
        return report(args, io);
      default:
        throw CliException.usage("desk needs a subcommand: match or report (./cpts help desk)");
    }
  }

  private static int match(Args args, Io io) throws Exception {
    CommuneReferential referential = CommuneReferential.official();
    DateRange period = period(args.required("period"));
    List<DeskRequest> requests = RequestCsvReader.of(referential).read(Inputs.existing(io, args.required("requests")))
        .requests();
    boolean registry = args.option("rpps").isPresent();
    if (registry == args.option("capacity").isPresent() || registry != args.option("places").isPresent()) {
      throw CliException.usage("desk match needs either --capacity FILE or --rpps FILE with --places N");
    }
    List<GpCapacity> capacity = registry ? List.of() : capacity(Inputs.existing(io, args.required("capacity")), referential);
    Territory territory = territory(args, referential, requests, capacity);
    if (registry) {
      capacity = registryCapacity(args, io, referential, territory, period);
    }
    MatchResult result = DeskMatcher.of(referential, territory, PriorityRules.cnam()).match(requests, capacity, period);
    if (args.flag("json")) {
      io.out().print(json(result));
    } else {
      io.out().printf("%-24s %-11s %-14s %s%n", "request", "GP (RPPS)", "practice", "why");
      result.proposals().forEach(p -> io.out().printf("%-24s %-11s %-14s %s%n", p.request(), p.gp(), p.site(),
          p.explanation()));
      result.waiting().forEach(w -> io.out().printf("%-24s %-11s %-14s %s%n", w.request(), "waiting", "", w.explanation()));
      io.out().println(result.proposals().size() + " proposed, " + result.waiting().size() + " waiting, period " + period);
    }
    return 0;
  }

  private static List<GpCapacity> capacity(Path file, CommuneReferential referential) throws Exception {
    if (!file.toString().endsWith(".json")) {
      return CapacityCsvReader.of(referential).read(file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return DeskJson.readCapacity(in, referential);
    }
  }

  /** The GPs of the territory in {@code --rpps FILE}, each with {@code --places N} new patients in the period. */
  private static List<GpCapacity> registryCapacity(Args args, Io io, CommuneReferential referential, Territory territory,
      DateRange period) throws Exception {
    long places = args.longOption("places").orElseThrow();
    if (places < 0 || places > GpCapacity.MAX_NEW_PATIENTS) {
      throw CliException.usage("--places expects a whole number between 0 and " + GpCapacity.MAX_NEW_PATIENTS);
    }
    Supply supply = Supply.of(referential, territory);
    RegistryInputs.readActivities(args, io, referential, supply::addActivity);
    return GpCapacity.ofPractitioners(supply.result().generalPractitionerSites(), GeneralPractitioner::rpps,
        GeneralPractitioner::practiceCommune, territory, (int) places, period);
  }

  private static Territory territory(Args args, CommuneReferential referential, List<DeskRequest> requests,
      List<GpCapacity> capacity) {
    if (args.option("epci").isPresent()) {
      Territory t = Territory.empty();
      for (String siren : args.option("epci").get().split(",")) {
        try {
          t = t.union(referential.epciTerritory(EpciCode.parse(siren.trim())));
        } catch (IllegalArgumentException e) {
          throw CliException.usage("--epci expects EPCI SIREN numbers separated by commas");
        }
      }
      return t;
    }
    Set<CommuneCode> all = new TreeSet<>();
    requests.forEach(r -> all.add(r.commune()));
    capacity.forEach(c -> all.add(c.commune()));
    return Territory.of(all);
  }

  private static int report(Args args, Io io) throws Exception {
    CommuneReferential referential = CommuneReferential.official();
    DateRange period = period(args.required("period"));
    Path file = Inputs.existing(io, args.required("history"));
    List<DeskRequest> history;
    if (file.toString().endsWith(".json")) {
      try (InputStream in = Files.newInputStream(file)) {
        history = DeskJson.readHistory(in, referential);
      }
    } else {
      history = RequestCsvReader.of(referential).read(file).requests();
    }
    DeskReport report = DeskIndicators.of(SuppressionPolicy.DEFAULT).report(history, period);
    if (args.flag("json")) {
      io.out().print(json(report));
    } else {
      io.out().printf("%-28s %10s%n", "indicator (" + period + ")", "value");
      report.values().forEach((m, c) -> io.out().printf("%-28s %10s%n", m, c.masked() ? "< " + report.threshold() : c.value()));
    }
    return 0;
  }

  /** @return the period FROM/TO, both dates included */
  static DateRange period(String text) {
    String[] parts = text.split("/", -1);
    try {
      if (parts.length == 2) {
        LocalDate from = LocalDate.parse(parts[0]);
        LocalDate to = LocalDate.parse(parts[1]);
        if (!to.isBefore(from)) {
          return DateRange.ofClosed(from, to);
        }
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw CliException.usage("--period expects FROM/TO, two ISO dates with TO not before FROM (2025-01-01/2025-12-31)");
  }

  private static String json(MatchResult result) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode().put("period", result.period().toString());
    ArrayNode proposals = root.putArray("proposals");
    for (Proposal p : result.proposals()) {
      ObjectNode n = proposals.addObject().put("requestId", p.request().value()).put("rpps", p.gp().value())
          .put("site", p.site()).put("proximity", p.proximity().name()).put("order", p.order())
          .put("waitingDays", p.waitingDays());
      p.priority().forEach(f -> n.withArray("priority").add(f.name()));
      n.put("explanation", p.explanation());
    }
    ArrayNode waiting = root.putArray("waiting");
    ArrayNode why = root.putArray("waitingExplained");
    for (Waiting w : result.waiting()) {
      waiting.add(w.request().value());
      why.addObject().put("requestId", w.request().value()).put("reason", w.reason().name())
          .put("explanation", w.explanation());
    }
    return mapper.writeValueAsString(root) + System.lineSeparator();
  }

  private static String json(DeskReport report) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode().put("period", report.period().toString()).put("threshold", report.threshold());
    ArrayNode values = root.putArray("values");
    for (Map.Entry<DeskMeasure, DeskCount> e : report.values().entrySet()) {
      ObjectNode n = values.addObject().put("measure", e.getKey().toString()).put("masked", e.getValue().masked());
      if (e.getValue().masked()) {
        n.putNull("value");
      } else {
        n.put("value", e.getValue().value());
      }
    }
    return mapper.writeValueAsString(root) + System.lineSeparator();
  }
}
