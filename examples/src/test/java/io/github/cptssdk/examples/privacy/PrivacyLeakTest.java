package io.github.cptssdk.examples.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.cli.Io;
import io.github.cptssdk.cli.Main;
import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.id.AdeliNumber;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.CptsValidator;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.testing.SharedFiles;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.FhirImport;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.indicators.CareEvent;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.PatientRecord;
import io.github.cptssdk.indicators.Sex;
import io.github.cptssdk.indicators.csv.EventCsvReader;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.contract.ContractJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health-data privacy (issue 7): every CLI command and every engine API runs on synthetic inputs holding
 * {@link Markers}, good and bad, and no marker may appear in a log line (any level, with its throwables),
 * an exception message (the whole cause chain), a validation message or path, or stderr. stdout and the
 * files written may hold professionals' markers only for explicit exports (see {@link Markers}); patients'
 * markers never. What is allowed where is listed in docs/reliability.md ("What may appear where").
 */
class PrivacyLeakTest {

  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  private static CommuneReferential referential;

  @TempDir
  Path dir;

  private final List<String> leaks = new ArrayList<>();
  private int checks;

  @BeforeAll
  static void referential() {
    referential = CommuneReferential.official();
  }

  private String testName = "";
  private int cliRuns;

  @BeforeEach
  void clearLogs(TestInfo info) {
    CapturedLogs.clear();
    testName = info.getDisplayName();
  }

  @Test
  void cptsDocuments() {
    Cpts good = CptsJson.readString(PrivacyInputs.CPTS_JSON);
    engines("good", good);
    for (Map.Entry<String, String> bad : PrivacyInputs.badCptsDocuments().entrySet()) {
      String where = "cpts-document " + bad.getKey();
      api(where, () -> engines(where, CptsJson.readString(bad.getValue())));
      api(where + " (bytes)", () -> CptsJson.read(new ByteArrayInputStream(bad.getValue().getBytes(StandardCharsets.UTF_8))));
      Path file = PrivacyInputs.write(dir, bad.getKey() + ".json", bad.getValue());
      cli(false, "fhir", "export", "--cpts", file.toString(), "--out", "out-" + bad.getKey() + ".json");
    }
    assertNoLeaks();
  }

  private Object engines(String where, Cpts cpts) {
    report(where + " validate", CptsValidator.get().validate(cpts));
    report(where + " validate+referential", CptsValidator.get().validate(cpts, referential));
    report(where + " eligibility", AciRules.official().eligibility(cpts, DATE));
    report(where + " eligibility+others", AciRules.official().eligibility(cpts, DATE, List.of(cpts)));
    api(where + " profile", () -> referential.profile(cpts.territory()));
    return cpts;
  }

  @Test
  void contractsAndResults() throws IOException {
    String contract = Files.readString(Path.of("data/contract-sete.json"));
    String results = Files.readString(Path.of("data/contract-sete-results-year2.json"));
    AciFunding funding = AciFunding.official();
    for (Map.Entry<String, String> bad : PrivacyInputs.badContracts(contract).entrySet()) {
      String where = "contract " + bad.getKey();
      api(where, () -> funding(funding, ContractJson.readContract(bad.getValue()), YearResults.allMet(), where));
      Path file = PrivacyInputs.write(dir, "contract-" + bad.getKey() + ".json", bad.getValue());
      cli(false, "funding", "--contract", file.toString(), "--year", "1");
      cli(false, "funding", "--contract", file.toString(), "--year", "all", "--json");
    }
    Path goodContract = PrivacyInputs.write(dir, "contract.json", contract);
    for (Map.Entry<String, String> bad : PrivacyInputs.badResults(results).entrySet()) {
      String where = "results " + bad.getKey();
      api(where, () -> funding(funding, ContractJson.readContract(contract), ContractJson.readResults(bad.getValue()), where));
      Path file = PrivacyInputs.write(dir, "results-" + bad.getKey() + ".json", bad.getValue());
      cli(false, "funding", "--contract", goodContract.toString(), "--year", "2", "--results", file.toString());
    }
    cli(false, "simulate", "--population", "131216", "--date", "2025-06-01");
    cli(false, "simulate", "--size", "SIZE_2", "--date", "2025-06-01", "--json");
    assertNoLeaks();
  }

  private Object funding(AciFunding funding, AciContract contract, YearResults results, String where) {
    report(where + " validate", funding.rules().validate(contract));
    api(where + " year", () -> funding.year(contract, 2, results));
    api(where + " projection", () -> funding.projection(contract, y -> results));
    return contract;
  }

  @Test
  void patientAndEventFiles() {
    Path cpts = PrivacyInputs.write(dir, "cpts.json", PrivacyInputs.CPTS_JSON);
    Path events = PrivacyInputs.write(dir, "events.csv", PrivacyInputs.EVENTS);
    // A small commune table keeps each run short; the official referential is used by the other tests.
    Path communes = PrivacyInputs.write(dir, "communes.csv", "code,name,department,region,epci,population\n"
        + "34301,Sète,34,76,243400769,44000\n34213,Marseillan,34,76,243400769,8000\n34108,Frontignan,34,76,243400769,23000\n");
    String[] base = {"indicators", "--cpts", cpts.toString(), "--year", "2025", "--level", "all", "--communes", communes.toString()};
    cli(false, concat(base, "--patients", patients().toString(), "--events", events.toString()));
    cli(false, concat(base, "--patients", patients().toString(), "--events", events.toString(), "--json"));
    cli(false, concat(base, "--patients", patients().toString(), "--events", events.toString(), "--json", "--unmasked"));
    IndicatorEngine engine = IndicatorEngine.builder().referential(referential)
        .territories(Map.of(CptsId.of("cpts-privacy"), CptsJson.readString(PrivacyInputs.CPTS_JSON).territory())).year(2025).build();
    for (Map.Entry<String, String> bad : PrivacyInputs.badPatientFiles().entrySet()) {
      Path file = PrivacyInputs.write(dir, "patients-" + bad.getKey() + ".csv", bad.getValue());
      for (ErrorPolicy policy : ErrorPolicy.values()) {
        IndicatorAccumulator acc = engine.newAccumulator();
        api("patients " + bad.getKey() + " " + policy, () -> PatientCsvReader.of(engine.dictionary()).withPolicy(policy)
            .read(new ByteArrayInputStream(bad.getValue().getBytes(StandardCharsets.UTF_8)), acc::accept));
        api("patients " + bad.getKey() + " report", acc::report);
      }
      cli(false, concat(base, "--patients", file.toString()));
      cli(false, concat(base, "--patients", file.toString(), "--on-error", "skip", "--json"));
    }
    for (Map.Entry<String, String> bad : PrivacyInputs.badEventFiles().entrySet()) {
      Path file = PrivacyInputs.write(dir, "events-" + bad.getKey() + ".csv", bad.getValue());
      for (ErrorPolicy policy : ErrorPolicy.values()) {
        IndicatorAccumulator acc = engine.newAccumulator();
        api("events " + bad.getKey() + " " + policy, () -> EventCsvReader.of(engine.dictionary()).withPolicy(policy)
            .read(new ByteArrayInputStream(bad.getValue().getBytes(StandardCharsets.UTF_8)), acc::accept));
      }
      cli(false, concat(base, "--patients", patients().toString(), "--events", file.toString()));
      cli(false, concat(base, "--patients", patients().toString(), "--events", file.toString(), "--on-error", "skip"));
    }
    territoryAndCommuneTables(patients().toString());
    records(engine);
    assertNoLeaks();
  }

  /** The other CSV inputs of {@code indicators}: {@code --territories} and {@code --communes}. */
  private void territoryAndCommuneTables(String patients) {
    String header = "code,name,department,region,epci,population\n";
    List<String> communes = List.of(header + "34301,Sète,34,76,243400769," + Markers.NIR_15 + "\n",
        header + Markers.NIR_13 + ",Sète,34,76,243400769,44000\n", header + "34301,Sète,34,76," + Markers.NIR_13_B + ",44000\n",
        header + "34301,Sète," + Markers.PATIENT_ID_1 + ",76,243400769,44000\n", "34301,Sète\n" + Markers.NIR_13 + "," + Markers.NIR_13 + "\n");
    List<String> territories = List.of("cpts_id,commune\n" + Markers.PATIENT_ID_1 + ",34301\n",
        "cpts_id,commune\ncpts-x," + Markers.NIR_13 + "\n", Markers.NIR_15 + "," + Markers.NIR_15 + "\ncpts-x,34301\n");
    for (int i = 0; i < communes.size(); i++) {
      Path file = PrivacyInputs.write(dir, "communes-" + i + ".csv", communes.get(i));
      cli(false, "indicators", "--patients", patients, "--territory", "cpts-x=34301", "--year", "2025", "--communes", file.toString());
    }
    for (int i = 0; i < territories.size(); i++) {
      Path file = PrivacyInputs.write(dir, "territories-" + i + ".csv", territories.get(i));
      cli(false, "indicators", "--patients", patients, "--territories", file.toString(), "--year", "2025");
    }
  }

  /** The record-level API: a person in a commune the engine does not know, bad records, an event. */
  private void records(IndicatorEngine engine) {
    IndicatorAccumulator acc = engine.newAccumulator();
    PatientRecord p = PatientRecord.of(Markers.PATIENT_ID_1, 1950, Sex.FEMALE, CommuneCode.parse("34301"));
    check("PatientRecord.toString", p.toString(), false);
    api("record accepted", () -> acc.accept(p));
    api("record outside the referential", () -> acc.accept(p.withTreatingDoctor(true)
        .withAld(true)).accept(PatientRecord.of(Markers.NIR_15, 1950, Sex.MALE, CommuneCode.parse("97501"))));
    api("record bad year", () -> PatientRecord.of(Markers.NIR_13, 1200, Sex.MALE, CommuneCode.parse("34301")));
    api("record empty id", () -> PatientRecord.of("", 1950, Sex.MALE, CommuneCode.parse("34301")));
    api("event", () -> acc.accept(new CareEvent(DATE, CommuneCode.parse("34301"), CareEvent.Kind.SAS_APPOINTMENT,
        Markers.EVENT_RPPS, true, 0)));
    api("event bad rpps", () -> new CareEvent(DATE, CommuneCode.parse("34301"), CareEvent.Kind.SAS_APPOINTMENT,
        Markers.NIR_15, true, 0));
    api("report", acc::report);
    api("stream", () -> engine.compute(List.of(p, p.withC2s(true)).stream()));
  }

  @Test
  void fhirBundles() {
    Cpts good = CptsJson.readString(PrivacyInputs.CPTS_JSON);
    String bundle = PrivacyInputs.bundleJson(good);
    api("fhir good", () -> importReport("fhir good", FhirMapper.fromText(bundle)));
    Path cpts = PrivacyInputs.write(dir, "cpts.json", PrivacyInputs.CPTS_JSON);
    cli(false, "fhir", "export", "--cpts", cpts.toString(), "--out", "bundle.json");
    cli(false, "fhir", "export", "--cpts", cpts.toString(), "--out", "bundle.xml", "--format", "xml", "--type", "transaction");
    checkFile("bundle.json", true);
    checkFile("bundle.xml", true);
    Path goodFile = PrivacyInputs.write(dir, "good-bundle.json", bundle);
    cli(false, "fhir", "import", goodFile.toString());
    cli(true, "fhir", "import", goodFile.toString(), "--json");
    for (Map.Entry<String, String> bad : PrivacyInputs.badBundles(bundle).entrySet()) {
      String where = "bundle " + bad.getKey();
      api(where, () -> importReport(where, FhirMapper.fromText(bad.getValue())));
      api(where + " parse", () -> FhirMapper.parse(bad.getValue()));
      Path file = PrivacyInputs.write(dir, "bundle-" + bad.getKey() + ".json", bad.getValue());
      cli(false, "fhir", "import", file.toString());
      cli(true, "fhir", "import", file.toString(), "--json");
    }
    api("to bundle", () -> FhirMapper.toOperationOutcome(CptsValidator.get().validate(good)));
    String packages = SharedFiles.fhirPackages().toString();
    for (String bad : List.of("rpps-nir", "invalid-gender")) {
      cli(false, "fhir", "validate", dir.resolve("bundle-" + bad + ".json").toString(), "--package", packages, "--json");
    }
    assertNoLeaks();
  }

  private Object importReport(String where, FhirImport result) {
    report(where + " import report", result.report());
    report(where + " validate", CptsValidator.get().validate(result.cpts()));
    api(where + " round trip", () -> FhirMapper.toBundle(result.cpts(), BundleType.TRANSACTION));
    return result;
  }

  @Test
  void identifiersAndOtherCommands() {
    for (String marker : Markers.all()) {
      api("rpps", () -> RppsNumber.parse(marker));
      api("adeli", () -> AdeliNumber.parse(marker));
      api("finess", () -> FinessNumber.parse(marker));
      api("siret", () -> Siret.parse(marker));
      api("commune", () -> CommuneCode.parse(marker));
      api("cpts id", () -> CptsId.of(marker));
    }
    cli(false, "help");
    cli(false, "territory", "--epci", "200066355");
    cli(false, "territory", "--communes", "34301,34213", "--json");
    cli(false, "synth", "--epci", "243400769", "--out", "synth.csv", "--scale", "0.001", "--seed", "3");
    cli(false, "indicators", "--patients", "synth.csv", "--territory", "cpts-sete=243400769", "--year", "2025", "--json");
    assertNoLeaks();
  }

  // --- plumbing ---

  private Path patients() {
    return PrivacyInputs.write(dir, "patients.csv", PrivacyInputs.PATIENTS);
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** Runs the CLI in-process; stderr may hold no marker, stdout no patient marker (professionals' only if allowed). */
  private int cli(boolean stdoutMayHoldProfessionals, String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir, false);
    int code = Main.run(argv, io);
    cliRuns++;
    String where = "cli " + String.join(" ", argv).replace(dir.toString(), "") + " -> " + code;
    check(where + " stderr", err.toString(StandardCharsets.UTF_8), false);
    check(where + " stdout", out.toString(StandardCharsets.UTF_8), stdoutMayHoldProfessionals);
    return code;
  }

  private void checkFile(String name, boolean exportOfProfessionals) {
    try {
      check("file " + name, Files.readString(dir.resolve(name)), exportOfProfessionals);
    } catch (IOException e) {
      leaks.add("file " + name + " not written");
    }
  }

  private void api(String where, Supplier<?> call) {
    try {
      Object result = call.get();
      if (result instanceof ValidationReport r) {
        report(where, r);
      }
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        check(where + " exception " + t.getClass().getSimpleName(), String.valueOf(t) + " " + t.getLocalizedMessage(), false);
        for (Throwable s : t.getSuppressed()) {
          check(where + " suppressed", String.valueOf(s), false);
        }
        if (t instanceof CptsException c) {
          check(where + " code", c.code(), false);
        }
      }
    }
  }

  private void report(String where, ValidationReport report) {
    for (ValidationIssue i : report.issues()) {
      check(where + " issue " + i.code(), i.path() + " " + i.message().en() + " " + i.message().fr() + " " + i, false);
    }
  }

  private void check(String where, String text, boolean exportOfProfessionals) {
    checks++;
    List<String> found = Markers.foundIn(text, exportOfProfessionals ? Markers.PATIENT : Markers.all());
    if (!found.isEmpty()) {
      int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(found.get(0).toLowerCase(java.util.Locale.ROOT));
      leaks.add(where + ": " + found + " in ..." + text.substring(Math.max(0, at - 120), Math.min(text.length(), at + 60)) + "...");
    }
  }

  /**
   * HAPI's DEBUG and TRACE loggers (e.g. {@code ca.uhn.fhir.log.terminology_troubleshooting}) print the codes
   * they validate, whatever they hold: the one exemption, documented (run {@code ca.uhn.fhir} and
   * {@code org.hl7.fhir} at INFO or above on health data). Every other line, at every level, is checked.
   */
  private static boolean isHapiDebug(String line) {
    return line.matches("(?s)(DEBUG|TRACE) (ca\\.uhn\\.fhir|org\\.hl7\\.fhir)\\S* .*");
  }

  private void assertNoLeaks() {
    List<String> logs = CapturedLogs.lines();
    int exempt = 0;
    int exemptWithMarkers = 0;
    for (String line : logs) {
      if (isHapiDebug(line)) {
        exempt++;
        exemptWithMarkers += Markers.foundIn(line, Markers.all()).isEmpty() ? 0 : 1;
      } else {
        check("log", line, false);
      }
    }
    System.out.printf("privacy %s: %d CLI runs, %d texts checked (%d log lines); %d HAPI DEBUG/TRACE lines exempt, "
        + "%d of them with a marker%n", testName, cliRuns, checks, logs.size() - exempt, exempt, exemptWithMarkers);
    assertThat(checks).as("texts checked").isGreaterThan(20);
    assertThat(leaks).as("markers found outside the inputs").isEmpty();
  }
}
