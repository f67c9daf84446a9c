package io.github.cptssdk.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.cli.Io;
import io.github.cptssdk.cli.Main;
import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsValidator;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.fhir.FhirFormatException;
import io.github.cptssdk.fhir.FhirImport;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.InvalidDocumentException;
import io.github.cptssdk.json.contract.ContractJson;
import io.github.cptssdk.json.contract.ContractJsonException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the four defects of the hostile-input campaign, each with the exact input of the issue, read and then
 * used as the issue did (validate, fund, export, write back). Before the fixes each of these tests failed with the
 * bare exception the issue names ({@code DateTimeException}, {@code DataFormatException}, a CPTS read back with a
 * {@code ?}, {@code OutOfMemoryError}, {@code UncheckedIOException}); now every input is either rejected by its
 * reader with a code and a path, or read and then used without error. The per-module regressions
 * (cpts-core {@code ModelDatesTest}, cpts-json {@code HostileValuesTest}, cpts-fhir-adapter {@code HostileFhirTest})
 * check the bounds at and just over the limits; this class crosses the modules, as a user does.
 */
class Issue17RegressionTest {

  static final String HOSTILE_DATE = "+999999999-12-31";
  static final String HOSTILE_PAST = "-999999999-01-01";
  static final String CPTS = text("cpts-sete.json");
  static final String CONTRACT = text("contract-sete.json");
  /** The 65-byte FHIR file of defect 3: one number that HAPI would write out to a billion digits. */
  static final String SIXTY_FIVE_BYTES = "{\"resourceType\": \"Patient\", \"multipleBirthInteger\": 1E999999999}\n";

  static String text(String name) {
    try {
      return Files.readString(Path.of("data", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Defect 1, CPTS JSON: the date is rejected at its path, so validation and the FHIR export never see it. */
  @Test
  void defect1CptsDocumentWithYear999999999IsRejectedAtItsPathAndTheBoundIsValidatedAndExported() {
    for (String date : List.of(HOSTILE_DATE, HOSTILE_PAST)) {
      String json = CPTS.replace("\"submittedOn\": \"2022-02-01\"", "\"submittedOn\": \"" + date + "\"");
      assertThat(json).contains(date);
      assertThatThrownBy(() -> CptsJson.readString(json)).isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
        assertThat(e.code()).isEqualTo("CPTS-0323");
        assertThat(e.path()).isEqualTo("$.lifecycle.healthProject.submittedOn");
      });
    }
    // The last date accepted, without an ARS decision: validate (the tacit validation, two months later, was the
    // DateTimeException), export to FHIR and import back.
    Cpts last = CptsJson.readString(CPTS.replace("\"submittedOn\": \"2022-02-01\",\n      \"arsValidatedOn\": \"2022-03-25\"",
        "\"submittedOn\": \"2149-06-06\""));
    assertThat(last.lifecycle().healthProject().submittedOn()).hasToString("2149-06-06");
    assertThat(CptsValidator.get().validate(last)).isNotNull();
    assertThat(FhirMapper.fromText(FhirMapper.toJson(FhirMapper.toBundle(last, BundleType.COLLECTION))).cpts()).isEqualTo(last);
  }

  /** Defect 1, contract JSON: rejected at {@code $.signedOn}; the last date accepted is funded for every year. */
  @Test
  void defect1ContractWithYear999999999IsRejectedAtItsPathAndTheBoundIsFundedEveryYear() {
    for (String date : List.of(HOSTILE_DATE, HOSTILE_PAST)) {
      String json = CONTRACT.replace("\"signedOn\": \"2022-11-15\"", "\"signedOn\": \"" + date + "\"");
      assertThat(json).contains(date);
      assertThatThrownBy(() -> ContractJson.readContract(json)).isInstanceOfSatisfying(ContractJsonException.class, e -> {
        assertThat(e.code()).isEqualTo("CPTS-0652");
        assertThat(e.path()).isEqualTo("$.signedOn");
      });
    }
    AciContract last = ContractJson.readContract(CONTRACT.replace("\"signedOn\": \"2022-11-15\"", "\"signedOn\": \"2149-06-06\""));
    for (int year = 1; year <= 5; year++) {
      fundedOrCoded(last, year);
    }
    assertThat(AciFunding.official().projection(last)).hasSize(5);
  }

  private static void fundedOrCoded(AciContract contract, int year) {
    try {
      assertThat(AciFunding.official().year(contract, year, YearResults.allMet())).isNotNull();
    } catch (CptsException e) {
      assertThat(e.code()).matches("CPTS-\\d{4}");
    }
  }

  /** Defect 1, FHIR: the date is a report entry with its FHIRPath and is ignored; the CPTS is validated and exported. */
  @Test
  void defect1FhirBundleWithYear999999999IsReportedAndTheCptsIsValidatedAndExported() {
    String json = FhirMapper.toJson(FhirMapper.toBundle(CptsJson.readString(CPTS), BundleType.COLLECTION));
    assertThat(json).contains("\"2021-03-15\"");
    for (String date : List.of(HOSTILE_DATE, HOSTILE_PAST)) {
      FhirImport imported = FhirMapper.fromText(json.replace("\"2021-03-15\"", "\"" + date + "\""));
      assertThat(imported.report().issues()).filteredOn(i -> i.path().contains("letter-of-intent"))
          .extracting(ValidationIssue::code).containsExactly("CPTS-0833");
      Cpts cpts = imported.cpts();
      assertThat(cpts.lifecycle().letterOfIntentOn()).isNull();
      assertThat(CptsValidator.get().validate(cpts)).isNotNull();
      assertThat(FhirMapper.fromText(FhirMapper.toXml(FhirMapper.toBundle(cpts, BundleType.TRANSACTION))).cpts()).isEqualTo(cpts);
      assertThat(CptsJson.readString(CptsJson.write(cpts))).isEqualTo(cpts);
    }
  }

  /** Defect 2: a lone {@code \udc00} is rejected at its path by every JSON and FHIR reader; a pair is written back exactly. */
  @Test
  void defect2LoneSurrogateIsRejectedByEveryReaderAndAPairRoundTripsExactly() {
    String name = "CPTS du Bassin de Sète (exemple fictif)";
    assertThatThrownBy(() -> CptsJson.readString(CPTS.replace(name, "\\udc00")))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
          assertThat(e.code()).isEqualTo("CPTS-0324");
          assertThat(e.path()).isEqualTo("$.name");
        });
    assertThatThrownBy(() -> ContractJson.readContract(CONTRACT.replace("Patients en ALD sans médecin traitant", "\\udc00")))
        .isInstanceOfSatisfying(ContractJsonException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0652"));
    String bundle = FhirMapper.toJson(FhirMapper.toBundle(CptsJson.readString(CPTS), BundleType.COLLECTION));
    assertThat(bundle).contains(name);
    assertThatThrownBy(() -> FhirMapper.fromText(bundle.replace(name, "\\udc00")))
        .isInstanceOfSatisfying(FhirFormatException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0834"));
    // What the issue did: read, write, read back. A surrogate pair survives JSON and FHIR exactly.
    Cpts pair = CptsJson.readString(CPTS.replace(name, "\\udbff\\udfff \\ud83d\\ude00"));
    assertThat(pair.name()).isEqualTo("\udbff\udfff \ud83d\ude00");
    assertThat(CptsJson.readString(CptsJson.write(pair))).isEqualTo(pair);
    assertThat(FhirMapper.fromText(FhirMapper.toJson(FhirMapper.toBundle(pair, BundleType.COLLECTION))).cpts()).isEqualTo(pair);
  }

  /** Defect 3: the 65-byte file is rejected before HAPI parses, in the library and in {@code ./cpts fhir import}. */
  @Test
  void defect3SixtyFiveByteNumberIsRejectedBeforeHapiParses(@TempDir Path dir) throws IOException {
    byte[] file = SIXTY_FIVE_BYTES.getBytes(StandardCharsets.UTF_8);
    assertThat(file).hasSize(65);
    assertThatThrownBy(() -> FhirMapper.fromText(SIXTY_FIVE_BYTES)).isInstanceOfSatisfying(FhirFormatException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0835");
      assertThat(e.line()).isEqualTo(1);
    });
    assertThatThrownBy(() -> FhirMapper.parse(SIXTY_FIVE_BYTES)).hasMessageStartingWith("CPTS-0835");
    Files.write(dir.resolve("hostile.json"), file);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(cli(dir, err, "fhir", "import", "hostile.json")).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("error: CPTS-0835: ");
  }

  /** Defect 4: a contract file starting with a UTF-32 byte-order mark is CPTS-0650, in the library and in {@code ./cpts funding}. */
  @Test
  void defect4Utf32ByteOrderMarkContractFileIsCode0650(@TempDir Path dir) throws IOException {
    byte[] bom = {0, 0, (byte) 0xFE, (byte) 0xFF};
    byte[] body = CONTRACT.getBytes(StandardCharsets.UTF_8);
    byte[] utf32 = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, utf32, 0, bom.length);
    System.arraycopy(body, 0, utf32, bom.length, body.length);
    Path file = Files.write(dir.resolve("contract-utf32.json"), utf32);
    assertThatThrownBy(() -> ContractJson.readContract(file)).isInstanceOfSatisfying(ContractJsonException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0650");
      assertThat(e.path()).isEqualTo("$");
    });
    assertThatThrownBy(() -> ContractJson.readResults(file)).isInstanceOfSatisfying(ContractJsonException.class,
        e -> assertThat(e.code()).isEqualTo("CPTS-0650"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(cli(dir, err, "funding", "--contract", "contract-utf32.json", "--year", "all")).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("error: CPTS-0650: ");
  }

  /** @return the exit code of {@code ./cpts argv...} run in {@code dir}, stderr in {@code err} */
  private static int cli(Path dir, ByteArrayOutputStream err, String... argv) {
    return Main.run(argv, new Io(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir, false));
  }
}
