package io.github.cptssdk.fhir.sas;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasSearch;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.FhirMapper;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ANS's CPTS examples and our searchsets validate with 0 errors against the SAS package, offline. */
class SasValidationTest {

  static Stream<String> cptsExamples() {
    return SasShared.examples().stream().filter(f -> f.contains("CPTS") || f.startsWith("Appointment-1.")
        || f.startsWith("Appointment-2."));
  }

  @ParameterizedTest
  @MethodSource("cptsExamples")
  void ansCptsExamplesValidateWithoutError(String file) {
    ValidationReport report = SasShared.validator().validate(SasShared.example(file));
    assertThat(report.errors()).as(file).isEmpty();
  }

  @Test
  void theExampleSearchsetValidatesWithoutError() {
    SasOffer offer = SasOffers.example();
    Bundle b = SasFhir.toBundle(offer, new SasSearch(
        java.util.Set.of(offer.schedules().get(0).professional()), SasOffers.T0, SasOffers.T0.plusSeconds(86_400)));
    assertThat(b.getEntry()).hasSize(4 + 5);
    String json = FhirMapper.toJson(b);
    // the site's commune: FrLocationAgregateur's address.extension:inseeCode (FR Core 1.1.0 FrAddressInseeCode)
    assertThat(json).contains("http://interopsante.org/fhir/StructureDefinition/FrAddressInseeCode", "\"31032\"");
    ValidationReport report = SasShared.validator().validate(json);
    assertThat(report.errors()).isEmpty();
    // a malformed commune skips its schedule with a located WARNING, never an exception
    SasRead<SasOffer> bad = SasFhir.offerFromText(json.replace("\"31032\"", "\"3103\""), io.github.cptssdk.fhir.FhirReadLimits.DEFAULTS);
    assertThat(bad.report().issues()).isNotEmpty().allSatisfy(i -> assertThat(i.code()).isIn("CPTS-1125", "CPTS-1126"));
    assertThat(SasFhir.offerFromText(json, io.github.cptssdk.fhir.FhirReadLimits.DEFAULTS).value().schedules().get(0).site().commune())
        .hasToString("31032");
    assertThat(SasShared.validator().validate(FhirMapper.toXml(b)).errors()).isEmpty();
  }

  @Test
  void aBadRequestIsAnOperationOutcomeThatValidates() {
    var answer = SasFhir.answer(SasOffers.example(), List.of("123"), SasOffers.T0, SasOffers.T0);
    assertThat(answer.fhirType()).isEqualTo("OperationOutcome");
    ValidationReport back = FhirMapper.fromOperationOutcome((org.hl7.fhir.r4.model.OperationOutcome) answer);
    assertThat(back.issues()).extracting(i -> i.code() + " " + i.path())
        .containsExactly("CPTS-1100 professionals[0]", "CPTS-1112 window");
  }
}
