package io.github.cptssdk.cli;

import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.ExportOptions;
import io.github.cptssdk.fhir.FhirFormatException;
import io.github.cptssdk.fhir.FhirImport;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirReadLimits;
import io.github.cptssdk.fhir.FhirValidator;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.report.ReportJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;

/**
 * {@code ./cpts fhir export|import|validate}: a CPTS document to a FHIR R4 bundle on the French profiles,
 * a bundle back to a CPTS, and offline validation of any FHIR file against FR Core 2.2.0.
 */
final class FhirCommand implements Command {

  private static final Map<String, FhirValidator> VALIDATORS = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "fhir";
  }

  @Override
  public String summary() {
    return "FHIR R4 (FR Core 2.2.0): export a CPTS as a bundle, import one, validate a FHIR file offline";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: ./cpts fhir export --cpts FILE --out BUNDLE [--type collection|transaction] [--format json|xml]",
        "       ./cpts fhir import BUNDLE [--json]",
        "       ./cpts fhir validate FILE --package PATH [--json]",
        "",
        "  export    writes the CPTS document FILE as a FHIR bundle (default: collection, JSON)",
        "  import    reads a FHIR bundle (JSON or XML) and prints the CPTS found and the import report;",
        "            --json prints the CPTS document (docs/cpts-document.md) and the report on stderr;",
        "            exit 1 if data was lost",
        "  validate  validates FILE (JSON or XML) offline; PATH is a package archive (.tgz) or a folder",
        "            holding hl7.fhir.fr.core-2.2.0*.tgz (e.g. ../shared/fhir/packages), several separated",
        "            by commas; default: the system property " + FhirValidator.PACKAGES_PROPERTY + "; exit 1 on errors",
        "",
        "  import and validate refuse a file of more than " + (FhirReadLimits.DEFAULTS.maxDocumentLength() >> 20)
            + " MiB before reading it (CPTS-0830)");
  }

  @Override
  public int run(Args args, Io io) throws IOException {
    List<String> pos = args.positionals();
    String sub = pos.isEmpty() ? "" : pos.get(0);
    switch (sub) {
      case "export":
        return export(args.check(Set.of("cpts", "out", "type", "format"), Set.of()), io);
      case "import":
        return importBundle(args.check(Set.of(), Set.of("json")), io);
      case "validate":
        return validate(args.check(Set.of("package"), Set.of("json")), io);
      default:
        throw CliException.usage("fhir needs a subcommand: export, import or validate (./cpts help fhir)");
    }
  }

  private static int export(Args args, Io io) throws IOException {
    BundleType type = bundleType(args.option("type").orElse("collection"));
    String format = args.option("format").orElse("json").toLowerCase(Locale.ROOT);
    if (!format.equals("json") && !format.equals("xml")) {
      throw CliException.usage("--format expects json or xml");
    }
    Path source = io.resolve(args.required("cpts"));
    if (!Files.isRegularFile(source)) {
      throw CliException.data("file not found: " + source);
    }
    Cpts cpts = CptsJson.read(source);
    Bundle bundle = FhirMapper.toBundle(cpts, type, ExportOptions.none().withReferential(CommuneReferential.official()));
    Path out = io.resolve(args.required("out"));
    Files.writeString(out, format.equals("xml") ? FhirMapper.toXml(bundle) : FhirMapper.toJson(bundle));
    io.err().println("wrote " + bundle.getEntry().size() + " resources (" + type.toCode() + ") to " + out);
    return 0;
  }

  private static BundleType bundleType(String text) {
    switch (text) {
      case "collection":
        return BundleType.COLLECTION;
      case "transaction":
        return BundleType.TRANSACTION;
      default:
        throw CliException.usage("--type expects collection or transaction");
    }
  }

  private static int importBundle(Args args, Io io) throws IOException {
    String text = readFhirFile(io.resolve(single(args, "import BUNDLE")), FhirReadLimits.DEFAULTS.maxDocumentLength());
    FhirImport result = FhirMapper.fromText(text);
    if (args.flag("json")) {
      io.out().println(CptsJson.write(result.cpts()));
      printReport(result.report(), io.err());
    } else {
      summary(result, io);
      printReport(result.report(), io.out());
    }
    return result.report().isValid() ? 0 : 1;
  }

  private static void summary(FhirImport r, Io io) {
    Cpts c = r.cpts();
    io.out().printf("CPTS            %s (%s)%n", c.name(), c.id());
    io.out().printf("legal form      %s%n", c.legalForm());
    io.out().printf("SIREN / SIRET   %s / %s%n", c.siren() == null ? "-" : c.siren(), c.siret() == null ? "-" : c.siret());
    io.out().printf("FINESS          %s%n", c.finess() == null ? "-" : c.finess());
    io.out().printf("communes        %d%n", c.territory().size());
    io.out().printf("professionals   %d%n", c.professionals().size());
    io.out().printf("organisations   %d%n", c.organisations().size());
    io.out().printf("missions        %d%n", c.missions().size());
    if (r.population() != null) {
      io.out().printf("population      %d%n", r.population());
    }
  }

  private static int validate(Args args, Io io) throws IOException {
    String text = readFhirFile(io.resolve(single(args, "validate FILE")), FhirReadLimits.DEFAULTS.maxDocumentLength());
    String packages = args.option("package").or(() -> java.util.Optional.ofNullable(System.getProperty(FhirValidator.PACKAGES_PROPERTY)))
        .orElseThrow(() -> CliException.usage("missing option --package (a FHIR package archive or folder)"));
    if (io.interactive()) {
      io.err().print("loading FHIR packages and validating (about 10-30 s the first time)...\r");
    }
    ValidationReport report = validator(packages, io).validate(text);
    if (args.flag("json")) {
      io.out().println(ReportJson.issues(report));
    } else {
      printReport(report, io.out());
      io.out().printf("%d error(s), %d warning(s)%n", report.errors().size(), report.warnings().size());
    }
    return report.isValid() ? 0 : 1;
  }

  /**
   * Reads a FHIR file, refusing it before reading when its size in bytes is over {@code maxLength} (the
   * document limit, in characters: a file has at least as many bytes as characters), so that a huge file
   * is never loaded.
   *
   * @throws FhirFormatException CPTS-0830 with the path, if the file is larger
   * @throws CliException CPTS-0903 if the file is not UTF-8
   */
  static String readFhirFile(Path file, long maxLength) throws IOException {
    if (Files.size(file) > maxLength) {
      throw new FhirFormatException(FhirFormatException.TOO_LONG, "file " + file, -1, -1, maxLength);
    }
    return Inputs.utf8Text(file, "a FHIR bundle");
  }

  /** Validators by package list: building one takes seconds, so a JVM running several commands builds it once. */
  private static FhirValidator validator(String packages, Io io) {
    return VALIDATORS.computeIfAbsent(packages + "|" + io.workDir(), k -> {
      FhirValidator.Builder builder = FhirValidator.builder();
      for (String p : packages.split(",")) {
        builder.addPackages(io.resolve(p.trim()));
      }
      return builder.build();
    });
  }

  private static void printReport(ValidationReport report, PrintStream out) {
    for (ValidationIssue i : report.issues()) {
      out.printf("%-7s %s %s%n        %s%n", i.severity(), i.code(), i.path().isEmpty() ? "-" : i.path(), i.message().en());
    }
  }


  private static String single(Args args, String what) {
    if (args.positionals().size() != 2) {
      throw CliException.usage("usage: ./cpts fhir " + what);
    }
    return args.positionals().get(1);
  }
}
