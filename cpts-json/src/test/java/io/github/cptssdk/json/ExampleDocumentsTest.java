package io.github.cptssdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsValidator;
import io.github.cptssdk.core.model.OrganisationKind;
import io.github.cptssdk.core.testing.TestCommunes;
import io.github.cptssdk.core.validation.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo documents of examples/data are read and valid: no error, no warning, the territory is exactly
 * the member communes of the EPCI ({@code @etalab/decoupage-administratif} 6.0.0, data/epci.json).
 */
class ExampleDocumentsTest {

  static final Path DATA = Path.of("../examples/data");

  @ParameterizedTest
  @CsvSource({
      "cpts-sete.json,   200066355, 14, 2022-11-15, 34",
      "cpts-loches.json, 200071587, 67, 2020-06-15, 37",
      "cpts-nancy.json,  245400676, 20, 2023-05-10, 54"})
  void exampleIsReadAndValid(String file, String epci, int communes, LocalDate contract, String department) {
    Cpts c = CptsJson.read(DATA.resolve(file));
    List<String> codes = c.territory().communes().stream().map(CommuneCode::value).toList();
    ValidationReport report = CptsValidator.get().validate(c, TestCommunes.ofEpci(epci, codes));
    assertThat(report.errors()).as(report.toString()).isEmpty();
    assertThat(report.warnings()).as(report.toString()).isEmpty();
    assertThat(c.territory().size()).isEqualTo(communes);
    assertThat(codes).allMatch(code -> code.startsWith(department));
    assertThat(c.lifecycle().contractSignedOn()).isEqualTo(contract);
    assertThat(c.organisations()).anyMatch(o -> o.kind() == OrganisationKind.MSP && o.finess() != null);
    assertThat(c.professionals()).hasSizeGreaterThan(10);
    assertThat(c.professionals()).allMatch(p -> p.rpps().value().startsWith("1999999"));
    assertThat(CptsJson.readString(CptsJson.write(c))).isEqualTo(c);
  }
}
