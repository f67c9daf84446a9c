package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.model.HealthProject;
import io.github.cptssdk.core.model.Mission;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every CONFIRMED figure of ../shared/domain/aci-cpts-tables.json, with its source keys: the rule data
 * must give it back, with status CONFIRMED, as a national default.
 */
class GoldenFiguresTest {

  private static final AciRules RULES = AciRules.official();
  private static final FigurePolicy DEFAULTS = FigurePolicy.nationalDefaults();

  @ParameterizedTest(name = "{0} {1} {2} = {3} [{4}]")
  @CsvSource(delimiter = '|', textBlock = """
      ACI_2019  | OPERATING_AT_SIGNATURE | SIZE_1 | 50000  | cm3246
      ACI_2019  | OPERATING_AT_SIGNATURE | SIZE_2 | 60000  | cm3252
      ACI_2019  | OPERATING_AT_SIGNATURE | SIZE_3 | 75000  | quot-gyn
      ACI_2019  | OPERATING_AT_SIGNATURE | SIZE_4 | 90000  | senat-0325
      ACI_2019  | MAX_ANNUAL_TOTAL       | SIZE_1 | 220000 | clinic
      ACI_2019  | MAX_ANNUAL_TOTAL       | SIZE_4 | 450000 | pharmfr-2022
      AVENANT_2 | MAX_ANNUAL_TOTAL       | SIZE_4 | 580000 | cpp-budget
      """)
  void confirmedAmounts(String version, FundingItem item, SizeBand size, long euros, String source) {
    Amount a = RULES.version(AciVersionId.of(version)).orElseThrow().amount(item, null, size, DEFAULTS);
    assertThat(a.value()).contains(Euros.of(euros));
    assertThat(a.provenance().status()).isEqualTo(EvidenceStatus.CONFIRMED);
    assertThat(a.provenance().sources()).contains(source);
    assertThat(a.provenance().versionId()).isEqualTo(AciVersionId.of(version));
  }

  @ParameterizedTest(name = "{0} {1} {2} = {3} [{4}] SINGLE_SOURCE")
  @CsvSource(delimiter = '|', textBlock = """
      ACI_2019 | MAX_ANNUAL_TOTAL | SIZE_2 | 287000 | quot-baba
      ACI_2019 | MAX_ANNUAL_TOTAL | SIZE_3 | 370000 | quot-baba
      """)
  void singleSourceAmountsAreDefaultsWithTheirStatus(String version, FundingItem item, SizeBand size, long euros,
      String source) {
    Amount a = RULES.version(AciVersionId.of(version)).orElseThrow().amount(item, null, size, DEFAULTS);
    assertThat(a.value()).contains(Euros.of(euros));
    assertThat(a.provenance().status()).isEqualTo(EvidenceStatus.SINGLE_SOURCE);
    assertThat(a.provenance().sources()).containsExactly(source);
  }

  @ParameterizedTest(name = "size bands [hdf] [quot-baba]: {0} inhabitants -> {1}")
  @CsvSource({"0,SIZE_1", "39999,SIZE_1", "40000,SIZE_2", "79999,SIZE_2", "80000,SIZE_3", "175000,SIZE_3",
      "175001,SIZE_4", "131216,SIZE_3", "2000000,SIZE_4"})
  void sizeBandsByPopulation(long population, SizeBand expected) {
    for (AciVersion v : RULES.versions()) {
      assertThat(v.sizeBand(population)).as(v.id().value()).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0} {1}: start {2} months, deploy {3} months [{4}]")
  @CsvSource({
      "ACI_2019, ACCESS_TO_CARE, 6, 18, hdf", "ACI_2019, CARE_PATHWAYS, 12, 24, hdf",
      "ACI_2019, PREVENTION, 12, 24, medaviz-remu", "AVENANT_2, ACCESS_TO_CARE, 6, 18, medaviz-remu",
      "AVENANT_2, CARE_PATHWAYS, 12, 24, hdf", "AVENANT_2, PREVENTION, 12, 24, hdf",
      "AVENANT_2, HEALTH_CRISIS, 6, 18, hdf"})
  void missionCalendars(String version, Mission mission, int start, int deploy, String source) {
    MissionRule r = RULES.version(AciVersionId.of(version)).orElseThrow().mission(mission).orElseThrow();
    assertThat(r.category()).isEqualTo(MissionCategory.CORE);
    assertThat(r.startDeadline(LocalDate.of(2023, 1, 15))).contains(LocalDate.of(2023, 1, 15).plusMonths(start));
    assertThat(r.deployDeadline(LocalDate.of(2023, 1, 15))).contains(LocalDate.of(2023, 1, 15).plusMonths(deploy));
    assertThat(RULES.version(AciVersionId.of(version)).orElseThrow().figures().stream()
        .filter(f -> f.item() == VersionItem.MISSION_START_MONTHS && f.mission() == mission)
        .flatMap(f -> f.sources().stream())).contains(source);
  }

  @ParameterizedTest(name = "core missions of {0}: {1} [quot-baba] [ameli-av2]")
  @CsvSource({"ACI_2019, 3", "AVENANT_2, 4"})
  void numberOfCoreMissions(String version, int count) {
    assertThat(RULES.version(AciVersionId.of(version)).orElseThrow().coreMissions(LocalDate.of(2030, 1, 1))).hasSize(count);
  }

  @ParameterizedTest(name = "optional in {0}: QUALITY_RELEVANCE, PROFESSIONAL_SUPPORT [hdf] [medaviz-remu]")
  @CsvSource({"ACI_2019", "AVENANT_2"})
  void optionalMissionsHaveNoNationalCalendar(String version) {
    for (Mission m : new Mission[] {Mission.QUALITY_RELEVANCE, Mission.PROFESSIONAL_SUPPORT}) {
      MissionRule r = RULES.version(AciVersionId.of(version)).orElseThrow().mission(m).orElseThrow();
      assertThat(r.category()).isEqualTo(MissionCategory.OPTIONAL);
      assertThat(r.startDeadline(LocalDate.of(2023, 1, 1))).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}: signed {1}, contract {2} years, advance 0.75")
  @CsvSource({"ACI_2019, 2019-06-20, 5", "AVENANT_2, 2021-12-20, 5"})
  void versionFacts(String version, LocalDate signed, int years) {
    // signatures: [lcds] [apmsl-aci] / [ameli-av2] [acoorde]; 5 years [hdf] [cpp-aci]; 75 % [juriblio-aci] [senat-0325]
    AciVersion v = RULES.version(AciVersionId.of(version)).orElseThrow();
    assertThat(v.signedOn()).isEqualTo(signed);
    assertThat(v.contractYears()).isEqualTo(years);
    assertThat(v.advanceRatio()).isEqualByComparingTo(new BigDecimal("0.75"));
  }

  @org.junit.jupiter.api.Test
  void healthProjectTacitValidationAfterTwoMonths() {
    // [csp-l1434-12] [nosdeputes-520443]
    assertThat(HealthProject.TACIT_VALIDATION_MONTHS).isEqualTo(2);
  }

  @org.junit.jupiter.api.Test
  void unknownCellsAreExplicitAndCandidatesAreNotDefaults() {
    AciVersion av2 = RULES.version(AciVersionId.of("AVENANT_2")).orElseThrow();
    Amount fixed = av2.amount(FundingItem.MISSION_FIXED, Mission.HEALTH_CRISIS, SizeBand.SIZE_3, DEFAULTS);
    assertThat(fixed.isKnown()).isFalse();
    assertThat(fixed.unknownReason().text().en()).contains("22500 OBSERVED").contains("contract-rovira");
    Amount optedIn = av2.amount(FundingItem.MISSION_FIXED, Mission.HEALTH_CRISIS, SizeBand.SIZE_3,
        DEFAULTS.accepting(EvidenceStatus.OBSERVED));
    assertThat(optedIn.value()).contains(Euros.of(22_500));
    assertThat(optedIn.provenance().status()).isEqualTo(EvidenceStatus.OBSERVED);
  }

  @org.junit.jupiter.api.Test
  void conflictingCandidatesStayUnknownEvenWhenAccepted() {
    // letter of intent SIZE_3: 25 000 [fmf-draft] [cm3278] versus 20 000 [pharmfr]
    AciVersion av2 = RULES.version(AciVersionId.of("AVENANT_2")).orElseThrow();
    Amount loi = av2.amount(FundingItem.LETTER_OF_INTENT, null, SizeBand.SIZE_3,
        DEFAULTS.accepting(EvidenceStatus.CONFLICT));
    assertThat(loi.isKnown()).isFalse();
    assertThat(loi.unknownReason().text().en()).contains("disagree").contains("25000").contains("20000");
    Amount size1 = av2.amount(FundingItem.LETTER_OF_INTENT, null, SizeBand.SIZE_1, DEFAULTS.accepting(EvidenceStatus.NEGOTIATION));
    assertThat(size1.value()).contains(Euros.of(15_000));
  }
}
