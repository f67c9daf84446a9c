package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.HealthProject;
import io.github.cptssdk.core.model.LegalForm;
import io.github.cptssdk.core.model.Lifecycle;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.MissionCommitment;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.validation.Severity;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityTest {

  private static final LocalDate SIGNED = LocalDate.of(2023, 1, 10);
  private final AciRules rules = AciRules.official();

  /** A CPTS in good standing on 2025-01-01: association, validated project, four core missions deployed in time. */
  static Cpts conforming() {
    Lifecycle l = Lifecycle.empty().withLetterOfIntentOn(LocalDate.of(2022, 1, 5))
        .withHealthProject(new HealthProject(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 7, 1), null))
        .withContractSignedOn(SIGNED);
    return Cpts.of(CptsId.of("cpts-sete"), "CPTS Sète", Territory.parse("34301", "34108"))
        .withLifecycle(l)
        .withMissions(List.of(
            new MissionCommitment(Mission.ACCESS_TO_CARE, SIGNED.plusMonths(2), SIGNED.plusMonths(12)),
            new MissionCommitment(Mission.CARE_PATHWAYS, SIGNED.plusMonths(6), SIGNED.plusMonths(20)),
            new MissionCommitment(Mission.PREVENTION, SIGNED.plusMonths(6), SIGNED.plusMonths(20)),
            new MissionCommitment(Mission.HEALTH_CRISIS, SIGNED.plusMonths(5), SIGNED.plusMonths(17))));
  }

  @Test
  void aConformingCptsIsEligible() {
    ValidationReport r = rules.eligibility(conforming(), LocalDate.of(2025, 1, 1));
    assertThat(r.isValid()).as(r.toString()).isTrue();
    assertThat(r.issues()).isEmpty();
  }

  @Test
  void legalFormMustBeAnAssociationAfterTheTransition() {
    Cpts sisa = conforming().withLegalForm(LegalForm.SISA);
    assertThat(codes(rules.eligibility(sisa, LocalDate.of(2025, 1, 1)))).contains("CPTS-0410");
    // existing before the ordonnance of 2021-05-12: a warning until 2022-05-14
    Cpts old = sisa.withLifecycle(sisa.lifecycle().withLetterOfIntentOn(LocalDate.of(2020, 1, 1)));
    assertThat(rules.eligibility(old, LocalDate.of(2022, 5, 13)).withCode("CPTS-0411"))
        .singleElement().extracting(ValidationIssue::severity).isEqualTo(Severity.WARNING);
    assertThat(codes(rules.eligibility(old, LocalDate.of(2022, 5, 14)))).contains("CPTS-0410");
    assertThat(codes(rules.eligibility(conforming().withLegalForm(LegalForm.ASSOCIATION_LOCAL_LAW), LocalDate.of(2025, 1, 1))))
        .containsExactly("CPTS-0412");
  }

  @Test
  void healthProjectValidatedOrDeemedValidated() {
    Cpts noProject = conforming().withLifecycle(conforming().lifecycle().withHealthProject(null));
    assertThat(codes(rules.eligibility(noProject, LocalDate.of(2025, 1, 1)))).contains("CPTS-0420");
    Cpts pending = Cpts.of(CptsId.of("c"), "C", Territory.parse("34301"))
        .withLifecycle(Lifecycle.empty().withHealthProject(HealthProject.submittedOn(LocalDate.of(2024, 11, 15))));
    ValidationReport r = rules.eligibility(pending, LocalDate.of(2025, 1, 14));
    assertThat(r.withCode("CPTS-0421")).singleElement().extracting(i -> i.message().en()).asString().contains("2025-01-15");
    assertThat(codes(rules.eligibility(pending, LocalDate.of(2025, 1, 15)))).doesNotContain("CPTS-0421");
    Cpts rejected = pending.withLifecycle(Lifecycle.empty().withHealthProject(
        new HealthProject(LocalDate.of(2024, 11, 15), null, LocalDate.of(2024, 12, 1))));
    assertThat(codes(rules.eligibility(rejected, LocalDate.of(2025, 2, 1)))).contains("CPTS-0422");
    Cpts signedTooEarly = conforming().withLifecycle(conforming().lifecycle().withContractSignedOn(LocalDate.of(2022, 6, 15)));
    assertThat(codes(rules.eligibility(signedTooEarly, LocalDate.of(2025, 1, 1)))).contains("CPTS-0106");
  }

  @Test
  void territoryNotEmptyAndNotOverlappingAContractedCpts() {
    assertThat(codes(rules.eligibility(conforming().withTerritory(Territory.empty()), LocalDate.of(2025, 1, 1))))
        .contains("CPTS-0104");
    Cpts neighbour = Cpts.of(CptsId.of("cpts-voisine"), "Voisine", Territory.parse("34108", "34003"))
        .withLifecycle(Lifecycle.empty().withContractSignedOn(LocalDate.of(2021, 1, 1)));
    ValidationReport r = rules.eligibility(conforming(), LocalDate.of(2025, 1, 1), List.of(neighbour));
    assertThat(r.withCode("CPTS-0431")).singleElement().extracting(ValidationIssue::path).isEqualTo("territory");
    Cpts notContracted = neighbour.withLifecycle(Lifecycle.empty());
    assertThat(codes(rules.eligibility(conforming(), LocalDate.of(2025, 1, 1), List.of(notContracted)))).isEmpty();
  }

  @Test
  void everyCoreMissionOfTheVersionMustBeCommitted() {
    Cpts three = conforming().withMissions(conforming().missions().subList(0, 3));
    assertThat(codes(rules.eligibility(three, LocalDate.of(2025, 1, 1)))).containsExactly("CPTS-0440");
    // before the crisis mission applies (2022-09-03), three core missions are enough
    Cpts early = three.withLifecycle(three.lifecycle().withContractSignedOn(LocalDate.of(2022, 8, 1)));
    assertThat(codes(rules.eligibility(early, LocalDate.of(2022, 9, 2)))).doesNotContain("CPTS-0440");
  }

  @Test
  void lateMissionsAreReportedWithTheNumberOfDaysLate() {
    Cpts late = conforming().withMissions(List.of(
        new MissionCommitment(Mission.ACCESS_TO_CARE, SIGNED.plusMonths(6).plusDays(10), null),
        conforming().missions().get(1), conforming().missions().get(2), conforming().missions().get(3)));
    ValidationReport r = rules.eligibility(late, SIGNED.plusMonths(18).plusDays(5));
    assertThat(r.withCode("CPTS-0441")).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("missions[0].startedOn");
      assertThat(i.message().en()).contains("[10] days").contains("started");
    });
    assertThat(r.withCode("CPTS-0442")).singleElement().extracting(i -> i.message().fr()).asString().contains("[5] jours");
  }

  @Test
  void optionalAndUnknownMissionsAreFlagged() {
    Cpts more = conforming().withMissions(List.of(conforming().missions().get(0), conforming().missions().get(1),
        conforming().missions().get(2), MissionCommitment.of(Mission.HEALTH_CRISIS),
        MissionCommitment.of(Mission.QUALITY_RELEVANCE)));
    ValidationReport r = rules.eligibility(more.withLifecycle(more.lifecycle().withContractSignedOn(LocalDate.of(2020, 1, 10))
        .withHealthProject(new HealthProject(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 10, 1), null))), LocalDate.of(2020, 2, 1));
    assertThat(r.withCode("CPTS-0443")).singleElement().extracting(ValidationIssue::severity).isEqualTo(Severity.INFO);
    assertThat(r.withCode("CPTS-0444")).singleElement().extracting(ValidationIssue::path).isEqualTo("missions[3]");
  }

  @Test
  void noContractYetAndNoVersionInForceAreReportedNotThrown() {
    Cpts unsigned = conforming().withLifecycle(conforming().lifecycle().withContractSignedOn(null));
    assertThat(codes(rules.eligibility(unsigned, LocalDate.of(2025, 1, 1)))).containsExactly("CPTS-0445");
    assertThat(codes(rules.eligibility(unsigned, LocalDate.of(2018, 1, 1)))).contains("CPTS-0447");
  }

  static List<String> codes(ValidationReport r) {
    return r.issues().stream().map(ValidationIssue::code).toList();
  }
}
