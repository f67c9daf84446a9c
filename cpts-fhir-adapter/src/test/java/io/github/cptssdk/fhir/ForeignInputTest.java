package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.LegalForm;
import io.github.cptssdk.core.model.MembershipKind;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.OrganisationKind;
import io.github.cptssdk.core.model.Profession;
import io.github.cptssdk.core.validation.Severity;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * A bundle from another system (test resource foreign/other-system-bundle.json): extra resources, missing
 * optional elements, unknown codes, a wrong RPPS key, Type/id and absolute references. It is imported
 * with a report, never a crash; text that is not FHIR gives a typed error with its location.
 */
class ForeignInputTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = ForeignInputTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static FhirImport foreign() throws IOException {
    return FhirMapper.fromText(resource("/foreign/other-system-bundle.json"));
  }

  private static String codes(ValidationReport r) {
    return r.issues().stream().map(ValidationIssue::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void theCptsIsReadWithWhatCanBeMapped() throws IOException {
    Cpts cpts = foreign().cpts();
    assertThat(cpts.id().value()).isEqualTo("cpts-sud-herault");
    assertThat(cpts.name()).isEqualTo("CPTS Sud Hérault");
    assertThat(cpts.legalForm()).isEqualTo(LegalForm.ASSOCIATION_1901);
    assertThat(cpts.siren()).isNull();
    assertThat(cpts.finess()).isEqualTo(FinessNumber.parse("340998889"));
    assertThat(cpts.coordinator().name()).isEqualTo("Alix Durand");
    assertThat(cpts.territory().communes()).containsExactly(CommuneCode.of("34003"), CommuneCode.of("34172"));
    assertThat(cpts.professionals()).singleElement().satisfies(p -> {
      assertThat(p.rpps()).isEqualTo(RppsNumber.parse("10009990010"));
      assertThat(p.profession()).isEqualTo(Profession.NURSE);
      assertThat(p.specialty()).isNull();
      assertThat(p.membership()).isEqualTo(MembershipKind.ADHERENT);
    });
    assertThat(cpts.organisations()).extracting(o -> o.kind()).containsExactly(OrganisationKind.MSP, OrganisationKind.OTHER);
    assertThat(cpts.missions()).singleElement().satisfies(m -> {
      assertThat(m.mission()).isEqualTo(Mission.PREVENTION);
      assertThat(m.startedOn()).isNull();
    });
  }

  @Test
  void everyLossIsReportedWithItsLocation() throws IOException {
    ValidationReport r = foreign().report();
    assertThat(r.isValid()).isFalse();
    assertThat(r.withCode("CPTS-0810")).extracting(ValidationIssue::path)
        .contains("Bundle.entry[0].resource.identifier[1]", "Bundle.entry[4].resource.identifier[0]");
    assertThat(r.withCode("CPTS-0811")).extracting(ValidationIssue::path).containsExactly("Bundle.entry[4].resource.identifier");
    assertThat(r.withCode("CPTS-0812")).extracting(ValidationIssue::path).containsExactly("Bundle.entry[6].resource.qualification");
    assertThat(r.withCode("CPTS-0813")).hasSize(1);
    assertThat(r.withCode("CPTS-0814")).extracting(ValidationIssue::path).containsExactly("Bundle.entry[13].resource.identifier");
    assertThat(r.withCode("CPTS-0815")).hasSize(1);
    assertThat(r.withCode("CPTS-0816")).extracting(ValidationIssue::path).containsExactly("Bundle.entry[15].resource.type[0]");
    assertThat(r.withCode("CPTS-0818")).extracting(ValidationIssue::path).containsExactly("Bundle.entry[8].resource.practitioner");
    assertThat(r.withCode("CPTS-0820")).extracting(ValidationIssue::path).containsExactly("Bundle.entry[20].resource.identifier");
    assertThat(r.withCode("CPTS-0821")).hasSize(1);
    assertThat(r.withCode("CPTS-0824")).hasSize(1);
    assertThat(r.withCode("CPTS-0805")).as(codes(r)).isNotEmpty();
    assertThat(r.withCode("CPTS-0819")).extracting(ValidationIssue::severity).containsOnly(Severity.INFO);
    assertThat(r.withCode("CPTS-0819")).extracting(ValidationIssue::path).contains("Bundle.entry[1].resource");
  }

  @Test
  void reportMessagesNeverHoldTheRejectedIdentifier() throws IOException {
    ValidationReport r = foreign().report();
    assertThat(r.issues()).allSatisfy(i -> {
      assertThat(i.message().en()).doesNotContain("10009990027").doesNotContain("812345675").isNotBlank();
      assertThat(i.message().fr()).doesNotContain("10009990027").doesNotContain("812345675").isNotBlank();
    });
  }

  @Test
  void malformedJsonGivesATypedErrorWithItsLocation() {
    String json = "{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\",\n  \"entry\": [ { ,\n";
    assertThatThrownBy(() -> FhirMapper.fromText(json)).isInstanceOfSatisfying(FhirFormatException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0802");
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.column()).isPositive();
      assertThat(e.getMessage()).startsWith("CPTS-0802: malformed FHIR JSON content at line 4");
    });
  }

  @Test
  void malformedXmlGivesATypedErrorWithItsLocation() {
    String xml = "<Bundle xmlns=\"http://hl7.org/fhir\">\n<type value=\"collection\"/>\n<entry>\n</Bundle>";
    assertThatThrownBy(() -> FhirMapper.fromText(xml)).isInstanceOfSatisfying(FhirFormatException.class, e -> {
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.getMessage()).contains("XML");
    });
  }

  @Test
  void anUnknownResourceTypeIsAFormatError() {
    assertThatThrownBy(() -> FhirMapper.fromText("{\"resourceType\": \"Cpts\"}"))
        .isInstanceOf(FhirFormatException.class).hasMessageStartingWith("CPTS-0802");
    assertThatThrownBy(() -> FhirMapper.fromText("not FHIR at all"))
        .isInstanceOf(FhirFormatException.class).hasMessageStartingWith("CPTS-0802");
  }

  @Test
  void aResourceThatIsNotABundleIsRefused() {
    String patient = FhirMapper.toJson(new Patient().setActive(true));
    assertThatThrownBy(() -> FhirMapper.fromText(patient))
        .isInstanceOf(FhirImportException.class).hasMessageStartingWith("CPTS-0804").hasMessageContaining("Patient");
  }

  @Test
  void aBundleWithoutCptsIsRefused() {
    Bundle b = new Bundle().setType(BundleType.COLLECTION);
    b.addEntry().setResource(new Organization().setName("Pas une CPTS"));
    assertThatThrownBy(() -> FhirMapper.fromBundle(b))
        .isInstanceOf(FhirImportException.class).hasMessageStartingWith("CPTS-0801");
  }

  @Test
  void aCptsOrganizationAloneGivesAMinimalCpts() {
    Bundle b = new Bundle().setType(BundleType.COLLECTION);
    Organization o = new Organization();
    o.addType().addCoding().setSystem(FhirUris.CS_R02_SECTOR).setCode(FhirUris.R02_CPTS);
    b.addEntry().setResource(o);
    FhirImport i = FhirMapper.fromBundle(b);
    assertThat(i.cpts().id().value()).isEqualTo("cpts");
    assertThat(i.cpts().professionals()).isEmpty();
    assertThat(i.report().has("CPTS-0822")).isTrue();
  }

  @Test
  void inconsistentDatesAreReportedNotThrown() {
    Bundle b = FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION);
    Organization cpts = (Organization) b.getEntry().get(0).getResource();
    cpts.addExtension(FhirUris.EXT_HEALTH_PROJECT_OBJECTED_ON, new org.hl7.fhir.r4.model.DateType("2020-02-01"));
    FhirImport i = FhirMapper.fromBundle(b);
    assertThat(i.report().withCode("CPTS-0817")).hasSize(1);
    assertThat(i.cpts().lifecycle().healthProject().arsValidatedOn()).isNull();
  }
}
