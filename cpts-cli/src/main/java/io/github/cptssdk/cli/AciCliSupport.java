package io.github.cptssdk.cli;

import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.AciRulesException;
import io.github.cptssdk.core.aci.AciVersionId;
import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.EvidenceStatus;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.SuppliedTable;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.json.contract.ContractJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Shared parsing and formatting of the ACI commands ({@code simulate}, {@code funding}) and of the demo's summary. */
public final class AciCliSupport {

  static final String ACCEPT_USAGE = "  --accept S,..     also use candidate figures of these statuses (OBSERVED, NEGOTIATION,\n"
      + "                    INFERRED, CONFLICT); default: CONFIRMED and SINGLE_SOURCE only\n";

  private AciCliSupport() {}

  static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw CliException.usage("option --" + option + " expects a date YYYY-MM-DD");
    }
  }

  static Set<Mission> missions(String text) {
    Set<Mission> out = EnumSet.noneOf(Mission.class);
    for (String s : text.split(",")) {
      try {
        out.add(Mission.valueOf(s.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw CliException.usage("unknown mission '" + s.strip() + "'; expected some of " + List.of(Mission.values()));
      }
    }
    return out;
  }

  static final String TABLE_USAGE = "  --table FILE      a national table you supply (TSV, or JSON if the name ends in .json;\n"
      + "                    docs/aci-rules.md): its figures are used as SUPPLIED, over the bundled candidates\n"
      + "  --version ID      the version the table applies to (ACI_2019, AVENANT_2), when the file does not\n"
      + "                    name it; a malformed id is CPTS-1495, an unknown one CPTS-1481\n";

  /** Options of {@link #rules}. */
  static final Set<String> TABLE_OPTIONS = Set.of("table", "version");

  /**
   * @return the official rules, with the table of {@code --table} applied to the version it names or {@code --version}
   * @throws CliException usage error if {@code --version} is given without a table or no version is named
   */
  static AciRules rules(Args args, Io io) {
    AciRules official = AciRules.official();
    if (args.option("table").isEmpty()) {
      if (args.option("version").isPresent()) {
        throw CliException.usage("option --version names the version of a --table; give the table too");
      }
      return official;
    }
    java.util.Optional<AciVersionId> version = args.option("version").map(v -> versionId(official, v));
    Path file = Inputs.existing(io, args.option("table").get());
    SuppliedTable table = file.getFileName().toString().endsWith(".json") ? ContractJson.readTable(file)
        : SuppliedTable.parseTsv(text(file), file.getFileName().toString());
    return version.map(v -> official.withTable(v, table)).orElseGet(() -> official.withTable(table));
  }

  /**
   * @return the version id of {@code --version}
   * @throws CliException usage error CPTS-1495 for a malformed id, CPTS-1481 for an id no bundled version has
   */
  static AciVersionId versionId(AciRules rules, String text) {
    AciVersionId id;
    try {
      id = AciVersionId.parse(text);
    } catch (AciRulesException e) {
      throw CliException.usage(e);
    }
    if (rules.version(id).isEmpty()) {
      throw CliException.coded(CliException.USAGE, "CPTS-1481", "option --version: no ACI version [" + id
          + "]; expected one of " + rules.versions().stream().map(v -> v.id().value()).toList());
    }
    return id;
  }

  /** A supplied table is a few hundred lines: a larger file is refused before it is read. */
  private static final long MAX_TABLE_BYTES = 1L << 20;

  private static String text(Path file) {
    try {
      if (Files.size(file) > MAX_TABLE_BYTES) {
        throw CliException.data("table " + file.getFileName() + " is over " + MAX_TABLE_BYTES + " bytes");
      }
      return Inputs.utf8Text(file, "a national table (TSV or JSON)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the union of two option sets */
  static Set<String> with(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return out;
  }

  static FigurePolicy policy(Args args) {
    FigurePolicy p = FigurePolicy.nationalDefaults();
    if (args.option("accept").isEmpty()) {
      return p;
    }
    List<EvidenceStatus> extra = new ArrayList<>();
    for (String s : args.option("accept").get().split(",")) {
      try {
        extra.add(EvidenceStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw CliException.usage("unknown status '" + s.strip() + "'; expected OBSERVED, NEGOTIATION, INFERRED or CONFLICT");
      }
    }
    if (extra.contains(EvidenceStatus.UNKNOWN)) {
      throw CliException.usage("status UNKNOWN has no figures to accept");
    }
    return p.accepting(extra.toArray(EvidenceStatus[]::new));
  }

  /** @return the amount in euros, e.g. {@code 1,234.50} */
  public static String euros(Euros e) {
    return String.format(Locale.ROOT, "%,.2f", e.toBigDecimal());
  }

  /** @return the amount, or {@code unknown} */
  public static String amount(Amount a) {
    return a.isKnown() ? euros(a.euros()) : "unknown";
  }

  /** @return status and sources, or the reason it is unknown */
  static String basis(Amount a) {
    String sources = a.provenance().sources().isEmpty() ? "" : " [" + String.join(",", a.provenance().sources()) + "]";
    return a.isKnown() ? a.provenance().status() + sources + " " + a.provenance().rule().text().en()
        : a.unknownReason().text().en();
  }

  static String policyText(FigurePolicy p) {
    return FigurePolicy.PREFERENCE.stream().filter(p::accepts).map(Enum::name).toList().toString();
  }
}
