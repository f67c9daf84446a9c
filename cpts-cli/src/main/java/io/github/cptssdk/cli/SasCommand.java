package io.github.cptssdk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.sas.SasActivity;
import io.github.cptssdk.core.sas.SasAppointment;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasProfessionalId;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirReadLimits;
import io.github.cptssdk.fhir.sas.SasFhir;
import io.github.cptssdk.fhir.sas.SasRead;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.SasIndicators;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.json.sas.SasOfferCsv;
import io.github.cptssdk.json.sas.SasOfferJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * {@code ./cpts sas slots|appointments}: the INT_R04 searchset of a CPTS's offer for the SAS, and the SAS
 * activity of appointments read back (docs/sas.md).
 */
final class SasCommand implements Command {

  @Override
  public String name() {
    return "sas";
  }

  @Override
  public String summary() {
    return "SAS: a CPTS's free slots as the SAS search asks for them (FHIR), and SAS activity from appointments";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: ./cpts sas slots --offer FILE --professionals ID[,ID...] --from DATE-TIME --to DATE-TIME --out BUNDLE",
        "       ./cpts sas appointments FILE [--offer FILE[,FILE...]] [--threshold 11] [--unmasked] [--json]",
        "",
        "  slots         answers the SAS search (flow INT_R04) for 1 to 25 professionals (8+RPPS or 0+ADELI)",
        "                and slot starts from..to (ISO-8601 with offset, both included) from an offer document",
        "                (cpts-sas-offer/1, or its CSV form: FILE.csv); writes the searchset, or the OperationOutcome",
        "                of a bad request (exit 3)",
        "  appointments  reads FrAppointmentSAS (one or a Bundle, JSON or XML) and prints the appointments given",
        "                and honoured per CPTS (with --offer: the CPTS offering the slot booked, else the professional)",
        "                and professional, and the professionals taking part; cells are masked by the indicators'",
        "                small-count suppression (threshold 11 by default; primary and secondary) unless --unmasked");
  }

  @Override
  public int run(Args args, Io io) throws IOException {
    List<String> pos = args.positionals();
    String sub = pos.isEmpty() ? "" : pos.get(0);
    switch (sub) {
      case "slots":
        return slots(args.check(Set.of("offer", "professionals", "from", "to", "out"), Set.of()), io);
      case "appointments":
        return appointments(args.check(Set.of("offer", "threshold"), Set.of("json", "unmasked")), io);
      default:
        throw CliException.usage("sas needs a subcommand: slots or appointments (./cpts help sas)");
    }
  }

  private static int slots(Args args, Io io) throws IOException {
    SasOffer offer = offer(existing(io, args.required("offer")));
    List<String> ids = Arrays.stream(args.required("professionals").split(",", -1)).map(String::strip).toList();
    Instant from = instant(args.required("from"), "--from");
    Instant to = instant(args.required("to"), "--to");
    ValidationReport findings = offer.findings();
    if (!findings.isValid()) {
      print(findings, io);
      throw CliException.coded(CliException.DATA, findings.errors().get(0).code(), "the offer has overlapping slots; fix them before answering the SAS");
    }
    Resource answer = SasFhir.answer(offer, ids, from, to);
    Path out = io.resolve(args.required("out"));
    Files.writeString(out, FhirMapper.toJson(answer));
    if (answer instanceof Bundle b) {
      io.err().println("wrote the SAS searchset (" + b.getTotal() + " slots, " + b.getEntry().size() + " resources) to " + out);
      return 0;
    }
    ValidationReport report = FhirMapper.fromOperationOutcome((org.hl7.fhir.r4.model.OperationOutcome) answer);
    print(report, io);
    throw CliException.coded(CliException.DATA, report.errors().get(0).code(), "bad SAS request (OperationOutcome written to " + out + ")");
  }

  /** @return the offer of a {@code .csv} file (CSV form) or of a {@code cpts-sas-offer/1} document */
  static SasOffer offer(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? SasOfferCsv.read(file)
        : SasOfferJson.read(file);
  }

  private static Instant instant(String text, String option) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw CliException.usage(option + " expects an ISO-8601 date-time with offset, e.g. 2026-12-07T08:00:00+01:00");
    }
  }

  private static Path existing(Io io, String file) {
    Path p = io.resolve(file);
    if (!Files.isRegularFile(p)) {
      throw CliException.data("file not found: " + p);
    }
    return p;
  }

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static int appointments(Args args, Io io) throws IOException {
    List<String> pos = args.positionals();
    if (pos.size() != 2) {
      throw CliException.usage("sas appointments needs one FILE (./cpts help sas)");
    }
    int threshold = (int) (long) args.longOption("threshold").orElse((long) SuppressionPolicy.DEFAULT.threshold());
    boolean unmasked = args.flag("unmasked");
    if (threshold < 1) {
      throw CliException.usage("--threshold must be at least 1");
    }
    if (threshold < SuppressionPolicy.DEFAULT.threshold() && !unmasked) {
      throw CliException.usage("--threshold under 11 needs --unmasked");
    }
    Path file = existing(io, pos.get(1));
    String text = FhirCommand.readFhirFile(file, FhirReadLimits.DEFAULTS.maxDocumentLength());
    SasRead<List<SasAppointment>> read = SasFhir.appointmentsFromText(text);
    List<SasOffer> offers = new ArrayList<>();
    for (String o : args.option("offer").map(s -> s.split(",")).orElse(new String[0])) {
      offers.add(offer(existing(io, o.strip())));
    }
    Map<String, List<SasAppointment>> byCpts = byCpts(offers, read.value());
    SuppressionPolicy policy = SuppressionPolicy.of(threshold);
    List<Shown> shown = new ArrayList<>();
    byCpts.forEach((name, list) -> shown.add(unmasked ? Shown.raw(name, list) : Shown.published(name, list, policy)));
    if (args.flag("json")) {
      io.out().println(json(shown));
    } else {
      table(shown, io);
    }
    print(read.report(), io);
    return 0;
  }

  /** @return the appointments per CPTS offering the slot booked (else the professional), "-" when none does */
  private static Map<String, List<SasAppointment>> byCpts(List<SasOffer> offers, List<SasAppointment> appointments) {
    Map<String, String> ofSlot = new HashMap<>();
    Map<SasProfessionalId, String> ofProfessional = new HashMap<>();
    for (SasOffer offer : offers) {
      for (SasSchedule s : offer.schedules()) {
        ofProfessional.putIfAbsent(s.professional(), offer.cptsName());
        s.slots().forEach(t -> ofSlot.putIfAbsent(t.id(), offer.cptsName()));
      }
    }
    Map<String, List<SasAppointment>> out = new LinkedHashMap<>();
    for (SasAppointment a : appointments) {
      String name = a.slotId() != null && ofSlot.containsKey(a.slotId()) ? ofSlot.get(a.slotId())
          : ofProfessional.getOrDefault(a.professional(), "-");
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(a);
    }
    return out;
  }

  /** One CPTS's activity as shown: its cells, masked by the indicators' suppression unless --unmasked. */
  private record Shown(String name, Cell total, String participants, Map<SasProfessionalId, Cell> byProfessional) {

    static Shown published(String name, List<SasAppointment> list, SuppressionPolicy policy) {
      SasIndicators.Activity a = SasIndicators.activity(name, list, period(list), policy);
      Map<SasProfessionalId, Cell> pros = new LinkedHashMap<>();
      a.byProfessional().forEach((p, v) -> pros.put(p, Cell.of(v, policy)));
      String participants = a.professionals().numerator().isPresent()
          ? Long.toString(a.professionals().numerator().getAsLong()) : "<" + policy.threshold();
      return new Shown(name, Cell.of(a.total(), policy), participants, pros);
    }

    static Shown raw(String name, List<SasAppointment> list) {
      SasActivity a = SasActivity.of(list);
      Map<SasProfessionalId, Cell> pros = new LinkedHashMap<>();
      a.byProfessional().forEach((p, c) -> pros.put(p, Cell.of(c)));
      return new Shown(name, Cell.of(a.total()), Long.toString(a.participants()), pros);
    }
  }

  /** Appointments given and honoured, or {@code <threshold} and the suppression when masked. */
  private record Cell(String given, String honoured, String suppression) {

    static Cell of(PublishedValue v, SuppressionPolicy policy) {
      if (v.suppression().masked()) {
        String m = "<" + policy.threshold();
        return new Cell(m, m, v.suppression().name());
      }
      return new Cell(Long.toString(v.denominator().getAsLong()), Long.toString(v.numerator().getAsLong()), "NONE");
    }

    static Cell of(SasActivity.Counts c) {
      return new Cell(Long.toString(c.given()), Long.toString(c.honoured()), "NONE");
    }
  }

  /** @return the days the appointments span, in French mainland time */
  private static DateRange period(List<SasAppointment> list) {
    List<LocalDate> days = list.stream().map(a -> a.time().start().atZone(PARIS).toLocalDate()).sorted().toList();
    return DateRange.ofClosed(days.get(0), days.get(days.size() - 1));
  }

  private static void table(List<Shown> shown, Io io) {
    io.out().printf("%-30s %-14s %8s %9s%n", "CPTS", "professional", "given", "honoured");
    for (Shown s : shown) {
      s.byProfessional().forEach((p, c) ->
          io.out().printf("%-30s %-14s %8s %9s%n", s.name(), p, c.given(), c.honoured()));
      io.out().printf("%-30s %-14s %8s %9s   participants %s%n", s.name(), "(all)", s.total().given(),
          s.total().honoured(), s.participants());
    }
  }

  private static String json(List<Shown> shown) throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode root = m.createArrayNode();
    for (Shown s : shown) {
      ObjectNode c = root.addObject().put("cpts", s.name());
      c.put("given", s.total().given()).put("honoured", s.total().honoured()).put("suppression", s.total().suppression())
          .put("participants", s.participants());
      ArrayNode ps = c.putArray("professionals");
      s.byProfessional().forEach((p, n) -> ps.addObject().put("professional", p.toString()).put("given", n.given())
          .put("honoured", n.honoured()).put("suppression", n.suppression()));
    }
    return m.writeValueAsString(root);
  }

  private static void print(ValidationReport report, Io io) {
    for (ValidationIssue i : report.issues()) {
      io.err().printf("%-7s %s %s: %s%n", i.severity(), i.code(), i.path().isEmpty() ? "-" : i.path(), i.message().en());
    }
  }
}
