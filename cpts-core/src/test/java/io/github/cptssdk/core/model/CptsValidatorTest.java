package io.github.cptssdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.testing.TestCommunes;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.validation.Severity;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CptsValidatorTest {

  static final RppsNumber RPPS_1 = RppsNumber.withComputedKey("1000000001");
  static final RppsNumber RPPS_2 = RppsNumber.withComputedKey("1000000002");
  static final Siren SIREN = Siren.withComputedKey("90000001");
  static final LocalDate D = LocalDate.of(2021, 1, 10);

  static Cpts valid() {
    Lifecycle l = new Lifecycle(D, D.plusDays(30), new HealthProject(D.plusDays(60), D.plusDays(90), null), D.plusDays(120));
    return Cpts.of(CptsId.of("cpts-test"), "CPTS du test", Territory.parse("34301", "34108"))
        .withSiren(SIREN).withSiret(Siret.of(SIREN, "0001")).withLifecycle(l)
        .withProfessionals(List.of(HealthProfessional.of(RPPS_1, Profession.PHYSICIAN),
            HealthProfessional.of(RPPS_2, Profession.NURSE).withPracticeCommune(CommuneCode.of("34301"))))
        .withMissions(List.of(MissionCommitment.startedOn(Mission.ACCESS_TO_CARE, D.plusDays(200))));
  }

  static ValidationReport validate(Cpts c) {
    return CptsValidator.get().validate(c);
  }

  static ValidationIssue only(ValidationReport r, String code) {
    assertThat(r.withCode(code)).as(r.toString()).hasSize(1);
    return r.withCode(code).get(0);
  }

  @Test
  void aCompleteCptsHasNoIssue() {
    assertThat(validate(valid()).issues()).isEmpty();
  }

  @Test
  void duplicateProfessionalIsReportedAtTheSecondOccurrenceNamingTheFirst() {
    Cpts c = valid().withProfessionals(List.of(HealthProfessional.of(RPPS_1, Profession.PHYSICIAN),
        HealthProfessional.of(RPPS_2, Profession.NURSE), HealthProfessional.of(RPPS_1, Profession.NURSE)));
    ValidationIssue issue = only(validate(c), "CPTS-0100");
    assertThat(issue.path()).isEqualTo("professionals[2].rpps");
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    assertThat(issue.message().en()).contains("professionals[0].rpps").doesNotContain(RPPS_1.value());
    assertThat(issue.message().fr()).contains("même numéro RPPS").doesNotContain(RPPS_1.value());
  }

  @Test
  void duplicateOrganisationsByFinessOrSiret() {
    FinessNumber f = FinessNumber.withComputedKey("34000001");
    Siret s = Siret.of(SIREN, "0002");
    Cpts c = valid().withOrganisations(List.of(
        new MemberOrganisation("MSP A", OrganisationKind.MSP, f, null),
        new MemberOrganisation("MSP B", OrganisationKind.MSP, null, s),
        new MemberOrganisation("MSP C", OrganisationKind.MSP, f, s)));
    ValidationReport r = validate(c);
    assertThat(only(r, "CPTS-0101").path()).isEqualTo("organisations[2].finess");
    assertThat(only(r, "CPTS-0102").path()).isEqualTo("organisations[2].siret");
  }

  @Test
  void duplicateMissionCommitment() {
    Cpts c = valid().withMissions(List.of(MissionCommitment.of(Mission.PREVENTION), MissionCommitment.of(Mission.ACCESS_TO_CARE),
        MissionCommitment.of(Mission.PREVENTION)));
    ValidationIssue issue = only(validate(c), "CPTS-0103");
    assertThat(issue.path()).isEqualTo("missions[2].mission");
    assertThat(issue.message().en()).contains("PREVENTION").contains("missions[0].mission");
  }

  @Test
  void emptyTerritory() {
    ValidationIssue issue = only(validate(valid().withTerritory(Territory.empty())), "CPTS-0104");
    assertThat(issue.path()).isEqualTo("territory.communes");
    assertThat(issue.isError()).isTrue();
  }

  @Test
  void associationRegisteredBeforeTheLetterOfIntent() {
    Cpts c = valid().withLifecycle(valid().lifecycle().withAssociationRegisteredOn(D.minusDays(1)));
    ValidationIssue issue = only(validate(c), "CPTS-0105");
    assertThat(issue.path()).isEqualTo("lifecycle.associationRegisteredOn");
    assertThat(issue.message().en()).contains("lifecycle.letterOfIntentOn");
  }

  @Test
  void datesOutOfOrderSkipMissingMilestones() {
    Lifecycle l = new Lifecycle(D, null, null, D.minusDays(3));
    ValidationReport r = validate(valid().withLifecycle(l));
    assertThat(only(r, "CPTS-0105").path()).isEqualTo("lifecycle.contractSignedOn");
    assertThat(only(r, "CPTS-0107").path()).isEqualTo("lifecycle.contractSignedOn");
  }

  @Test
  void healthProjectSubmittedBeforeTheAssociation() {
    Lifecycle l = valid().lifecycle().withHealthProject(HealthProject.submittedOn(D.plusDays(10)))
        .withContractSignedOn(null);
    assertThat(only(validate(valid().withLifecycle(l)), "CPTS-0105").path()).isEqualTo("lifecycle.healthProject.submittedOn");
  }

  @Test
  void contractBeforeTheTacitValidationOfTheProject() {
    Lifecycle l = valid().lifecycle().withHealthProject(HealthProject.submittedOn(D.plusDays(60)))
        .withContractSignedOn(D.plusDays(100));
    ValidationReport r = validate(valid().withLifecycle(l).withMissions(List.of()));
    assertThat(only(r, "CPTS-0106").path()).isEqualTo("lifecycle.contractSignedOn");
    Lifecycle after = l.withContractSignedOn(D.plusDays(60).plusMonths(2));
    assertThat(validate(valid().withLifecycle(after)).has("CPTS-0106")).isFalse();
  }

  @Test
  void contractAfterARejectedProject() {
    Lifecycle l = valid().lifecycle().withHealthProject(new HealthProject(D.plusDays(60), null, D.plusDays(70)));
    assertThat(only(validate(valid().withLifecycle(l)), "CPTS-0108").isError()).isTrue();
  }

  @Test
  void missingSirenOnceRegisteredIsAWarning() {
    ValidationIssue issue = only(validate(valid().withSiren(null).withSiret(null)), "CPTS-0109");
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.path()).isEqualTo("siren");
    assertThat(validate(valid().withSiren(null).withSiret(null).withLifecycle(Lifecycle.empty())).has("CPTS-0109")).isFalse();
  }

  @Test
  void siretOfAnotherSiren() {
    Siret other = Siret.of(Siren.withComputedKey("90000002"), "0001");
    ValidationIssue issue = only(validate(valid().withSiret(other)), "CPTS-0110");
    assertThat(issue.path()).isEqualTo("siret");
    assertThat(issue.isError()).isTrue();
  }

  @Test
  void missionStartedBeforeTheContractIsAWarning() {
    Cpts c = valid().withMissions(List.of(MissionCommitment.of(Mission.PREVENTION),
        MissionCommitment.startedOn(Mission.ACCESS_TO_CARE, D)));
    ValidationIssue issue = only(validate(c), "CPTS-0111");
    assertThat(issue.path()).isEqualTo("missions[1].startedOn");
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void cityWithItsArrondissement() {
    Cpts c = valid().withTerritory(Territory.parse("75056", "75101", "75102"));
    ValidationReport r = validate(c);
    assertThat(r.withCode("CPTS-0114")).extracting(ValidationIssue::path)
        .containsExactly("territory.communes[1]", "territory.communes[2]");
  }

  @Test
  void professionalPractisingOutsideTheTerritoryIsInformation() {
    Cpts c = valid().withProfessionals(List.of(HealthProfessional.of(RPPS_1, Profession.NURSE)
        .withPracticeCommune(CommuneCode.of("34172"))));
    ValidationIssue issue = only(validate(c), "CPTS-0115");
    assertThat(issue.severity()).isEqualTo(Severity.INFO);
    assertThat(issue.path()).isEqualTo("professionals[0].practiceCommune");
    assertThat(validate(c).isValid()).isTrue();
  }

  @Test
  void unknownCommunesAccordingToTheReferential() {
    CommuneReferential ref = TestCommunes.of("34108");
    ValidationReport r = CptsValidator.get().validate(valid(), ref);
    assertThat(only(r, "CPTS-0112").path()).isEqualTo("territory.communes[1]");
    assertThat(only(r, "CPTS-0113").path()).isEqualTo("professionals[1].practiceCommune");
    assertThat(validate(valid()).has("CPTS-0112")).isFalse();
    CommuneReferential full = TestCommunes.ofEpci("200066355", List.of("34301", "34108"));
    assertThat(CptsValidator.get().validate(valid(), full).issues()).isEmpty();
  }

  @Test
  void beanValidationViolationsAreInTheReport() {
    Cpts c = valid().withCoordinator(new Coordinator("Camille Martin", "not an address"));
    ValidationIssue issue = only(validate(c), "CPTS-0153");
    assertThat(issue.path()).isEqualTo("coordinator.email");
    assertThat(issue.message().en()).contains("e-mail").doesNotContain("not an address");
    assertThat(issue.message().fr()).contains("adresse électronique");
  }

  @Test
  void severalProblemsAreAllReported() {
    Cpts c = valid().withTerritory(Territory.empty()).withSiret(Siret.of(Siren.withComputedKey("90000002"), "0001"))
        .withProfessionals(List.of(HealthProfessional.of(RPPS_1, Profession.NURSE), HealthProfessional.of(RPPS_1, Profession.NURSE)));
    assertThat(validate(c).errors()).extracting(ValidationIssue::code)
        .containsExactlyInAnyOrder("CPTS-0100", "CPTS-0104", "CPTS-0110");
  }
}
