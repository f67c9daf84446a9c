package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.model.Profession;
import io.github.cptssdk.core.model.Specialty;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.testing.SharedFiles;
import io.github.cptssdk.fhir.FhirFormatException;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.json.CptsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cpts fhir ...} run in-process. Packages come from ../shared/fhir (never copied here). */
class FhirCommandTest {

  @TempDir
  static Path dir;

  private static Path packages;
  private static Path valid;

  private final CliCapture cli = new CliCapture();

  @BeforeAll
  static void files() throws IOException {
    packages = SharedFiles.fhirPackages();
    Cpts cpts = Cpts.of(CptsId.of("cpts-test"), "CPTS de test", Territory.parse("34301", "34108"))
        .withProfessionals(List.of(HealthProfessional.of(RppsNumber.withComputedKey("1000123456"), Profession.PHYSICIAN)
            .withSpecialty(Specialty.GENERAL_PRACTICE)));
    valid = dir.resolve("bundle.json");
    Files.writeString(valid, FhirMapper.toJson(FhirMapper.toBundle(cpts, BundleType.COLLECTION)));
  }

  private int run(String... argv) {
    return cli.run(dir, argv);
  }

  @Test
  void validateAValidBundle() {
    assertThat(run("fhir", "validate", valid.toString(), "--package", packages.toString())).as(cli.out()).isZero();
    assertThat(cli.out()).contains("0 error(s)");
  }

  @Test
  void validateReportsErrorsWithTheirLocationAndExitsOne() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(valid).replace("\"SM54\"", "\"ZZ99\""));
    assertThat(run("fhir", "validate", bad.toString(), "--package", packages.toString(), "--json")).isEqualTo(1);
    JsonNode issues = new ObjectMapper().readTree(cli.out());
    assertThat(issues.isArray()).isTrue();
    assertThat(issues.findValuesAsText("severity")).contains("ERROR");
    assertThat(issues.findValuesAsText("path")).anyMatch(l -> l.contains("specialty"));
  }

  @Test
  void importPrintsTheCptsAndItsReport() {
    assertThat(run("fhir", "import", valid.toString())).as(cli.err()).isZero();
    assertThat(cli.out()).contains("CPTS de test (cpts-test)").contains("professionals   1").contains("communes        2");
  }

  @Test
  void importAsJsonNeedsTheDocumentWriter() {
    int code = run("fhir", "import", valid.toString(), "--json");
    if (code == 0) {
      assertThat(cli.out()).contains("\"cpts-test\"").contains("CPTS de test").doesNotContain("\"report\"");
      assertThat(CptsJson.readString(cli.out()).id().value()).isEqualTo("cpts-test");
    } else {
      assertThat(code).isEqualTo(CliException.DATA);
      assertThat(cli.err()).startsWith("error: ").contains("not available");
    }
  }

  @Test
  void malformedInputIsOneLineWithTheCode() throws IOException {
    Path bad = dir.resolve("broken.json");
    Files.writeString(bad, "{\"resourceType\": \"Bundle\", \"entry\": [");
    assertThat(run("fhir", "import", bad.toString())).isEqualTo(CliException.DATA);
    assertThat(cli.err()).startsWith("error: CPTS-0802").doesNotContain("\tat ");
  }

  @Test
  void aFileOverTheDocumentLimitIsRefusedBeforeReading() throws IOException {
    long size = Files.size(valid);
    assertThat(FhirCommand.readFhirFile(valid, size)).isEqualTo(Files.readString(valid));
    assertThat(FhirCommand.readFhirFile(valid, size + 1)).isEqualTo(Files.readString(valid));
    assertThatThrownBy(() -> FhirCommand.readFhirFile(valid, size - 1)).isInstanceOfSatisfying(FhirFormatException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0830");
      assertThat(e.getMessage()).contains(valid.toString()).contains("at most " + (size - 1) + " characters");
    });
  }

  @Test
  void exportOfAMissingDocumentIsBadData() {
    assertThat(run("fhir", "export", "--cpts", "missing.json", "--out", "x.json")).isEqualTo(CliException.DATA);
    assertThat(cli.err()).startsWith("error: ");
  }

  @Test
  void usageErrors() {
    assertThat(run("fhir")).isEqualTo(CliException.USAGE);
    assertThat(run("fhir", "validate", valid.toString())).isEqualTo(CliException.USAGE);
    assertThat(run("fhir", "export", "--cpts", "a.json", "--out", "b.json", "--type", "batch")).isEqualTo(CliException.USAGE);
    assertThat(run("help", "fhir")).isZero();
    assertThat(cli.out()).contains("./cpts fhir validate");
  }
}
