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
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirReadLimits;
import io.github.cptssdk.fhir.sas.SasFhir;
import io.github.cptssdk.fhir.sas.SasRead;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.json.sas.SasOfferCsv;
import io.github.cptssdk.json.sas.SasOfferJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
        "                and honoured per CPTS (with --offer: the CPTS offering the professional) and professional;",
        "                counts under the threshold (default 11) are masked unless --unmasked");
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

  private static int appointments(Args args, Io io) throws IOException {
    List<String> pos = args.positionals();
    if (pos.size() != 2) {
      throw CliException.usage("sas appointments needs one FILE (./cpts help sas)");
    }
    int threshold = (int) (long) args.longOption("threshold").orElse((long) SuppressionPolicy.DEFAULT.threshold());
    boolean unmasked = args.flag("unmasked");
    if (threshold < SuppressionPolicy.DEFAULT.threshold() && !unmasked) {
      throw CliException.usage("--threshold under 11 needs --unmasked");
    }
    Path file = existing(io, pos.get(1));
    String text = FhirCommand.readFhirFile(file, FhirReadLimits.DEFAULTS.maxDocumentLength());
    SasRead<List<SasAppointment>> read = SasFhir.appointmentsFromText(text);
    Map<SasProfessionalId, String> cptsOf = new LinkedHashMap<>();
    for (String o : args.option("offer").map(s -> s.split(",")).orElse(new String[0])) {
      SasOffer offer = offer(existing(io, o.strip()));
      for (SasSchedule s : offer.schedules()) {
        cptsOf.putIfAbsent(s.professional(), offer.cptsName());
      }
    }
    Map<String, List<SasAppointment>> byCpts = new LinkedHashMap<>();
    for (SasAppointment a : read.value()) {
      byCpts.computeIfAbsent(cptsOf.getOrDefault(a.professional(), "-"), k -> new ArrayList<>()).add(a);
    }
    Mask mask = new Mask(unmasked ? 0 : threshold);
    if (args.flag("json")) {
      io.out().println(json(byCpts, mask));
    } else {
      table(byCpts, mask, io);
    }
    print(read.report(), io);
    return 0;
  }

  /** Masks a count under the threshold, and honoured when it or its complement is under it (as the indicators do). */
  private record Mask(int threshold) {
    String given(SasActivity.Counts c) {
      return c.given() < threshold ? "<" + threshold : Long.toString(c.given());
    }

    String honoured(SasActivity.Counts c) {
      boolean hide = c.given() < threshold || c.honoured() < threshold || c.given() - c.honoured() < threshold;
      return hide ? "<" + threshold : Long.toString(c.honoured());
    }

    String count(long n) {
      return n < threshold ? "<" + threshold : Long.toString(n);
    }
  }

  private static void table(Map<String, List<SasAppointment>> byCpts, Mask mask, Io io) {
    io.out().printf("%-30s %-14s %8s %9s%n", "CPTS", "professional", "given", "honoured");
    for (Map.Entry<String, List<SasAppointment>> e : byCpts.entrySet()) {
      SasActivity activity = SasActivity.of(e.getValue());
      activity.byProfessional().forEach((p, c) ->
          io.out().printf("%-30s %-14s %8s %9s%n", e.getKey(), p, mask.given(c), mask.honoured(c)));
      SasActivity.Counts t = activity.total();
      io.out().printf("%-30s %-14s %8s %9s   participants %s%n", e.getKey(), "(all)", mask.given(t), mask.honoured(t),
          mask.count(activity.participants()));
    }
  }

  private static String json(Map<String, List<SasAppointment>> byCpts, Mask mask) throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode root = m.createArrayNode();
    for (Map.Entry<String, List<SasAppointment>> e : byCpts.entrySet()) {
      SasActivity activity = SasActivity.of(e.getValue());
      ObjectNode c = root.addObject().put("cpts", e.getKey());
      c.put("given", mask.given(activity.total())).put("honoured", mask.honoured(activity.total()))
          .put("participants", mask.count(activity.participants()));
      ArrayNode ps = c.putArray("professionals");
      activity.byProfessional().forEach((p, n) ->
          ps.addObject().put("professional", p.toString()).put("given", mask.given(n)).put("honoured", mask.honoured(n)));
    }
    return m.writeValueAsString(root);
  }

  private static void print(ValidationReport report, Io io) {
    for (ValidationIssue i : report.issues()) {
      io.err().printf("%-7s %s %s: %s%n", i.severity(), i.code(), i.path().isEmpty() ? "-" : i.path(), i.message().en());
    }
  }
}
