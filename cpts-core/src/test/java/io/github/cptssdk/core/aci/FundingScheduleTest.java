package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.Mission;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Payment rules of aci-cpts.md 4.5 ([juriblio-aci] art. 9.1, [juriblio-contrat] art. 6.1-6.2). */
class FundingScheduleTest {

  private static final LocalDate SIGNED = LocalDate.of(2023, 1, 1);
  private final AciFunding funding = AciFunding.official();

  private static AciContract contract(LocalDate accessStart) {
    return AciContract.of(CptsId.of("cpts-a"), SIGNED, SizeBand.SIZE_2, List.of(
        new ContractMission(Mission.ACCESS_TO_CARE, accessStart, Euros.of(36_500),
            List.of(IndicatorLine.action("a1", "action", Euros.of(10_000))))));
  }

  @Test
  void yearOnePaysOperatingInFullAtSignatureAndTheProratedFixedPart() {
    // access starts 2023-07-02: 183 of 365 days left -> 36 500 x 183 / 365 = 18 300
    ContractYearFunding y = funding.year(contract(LocalDate.of(2023, 7, 2)).withOperating(Euros.of(60_000), null), 1,
        YearResults.allMet());
    assertThat(y.versionId()).isEqualTo(AciVersionId.of("AVENANT_2"));
    assertThat(y.payments()).contains(
        new Payment(SIGNED, FundingItem.OPERATING_AT_SIGNATURE, null, Euros.of(60_000), FundingRule.IN_FULL_AT_SIGNATURE),
        new Payment(LocalDate.of(2023, 7, 2), FundingItem.MISSION_FIXED, Mission.ACCESS_TO_CARE, Euros.of(13_725), FundingRule.ADVANCE),
        new Payment(LocalDate.of(2024, 1, 1), FundingItem.MISSION_FIXED, Mission.ACCESS_TO_CARE, Euros.of(4_575),
            FundingRule.BALANCE_AT_ANNIVERSARY),
        new Payment(LocalDate.of(2024, 1, 1), FundingItem.MISSION_VARIABLE, Mission.ACCESS_TO_CARE, Euros.of(10_000),
            FundingRule.VARIABLE_AFTER_REVIEW));
    assertThat(y.paid()).isEqualTo(y.knownEarned());
  }

  @Test
  void avenant2OperatingAtSignatureIsUnknownByDefaultAndKnownWhenInferredIsAccepted() {
    AciContract c = contract(SIGNED).withOperating(null, null);
    ContractYearFunding y = funding.year(c, 1, YearResults.allMet());
    FundingLine op = ObservedContractsTest.line(y, FundingItem.OPERATING_AT_SIGNATURE, null);
    assertThat(op.earned().isKnown()).isFalse();
    assertThat(op.earned().unknownReason().code()).isEqualTo("CPTS-1441");
    assertThat(op.earned().unknownReason().text().en()).contains("60000 INFERRED");
    assertThat(op.earned().unknownReason().text().fr()).contains("candidats non retenus").contains("60000 INFERRED");
    ContractYearFunding opted = funding.withPolicy(FigurePolicy.nationalDefaults().accepting(EvidenceStatus.INFERRED))
        .year(c, 1, YearResults.allMet());
    assertThat(ObservedContractsTest.line(opted, FundingItem.OPERATING_AT_SIGNATURE, null).earned().value())
        .contains(Euros.of(60_000));
  }

  @Test
  void aci2019OperatingAtSignatureIsAConfirmedDefault() {
    AciContract c = contract(LocalDate.of(2020, 3, 1)).withSignedOn(LocalDate.of(2020, 1, 1)).withOperating(null, null);
    ContractYearFunding y = funding.year(c, 1, YearResults.none());
    assertThat(y.versionId()).isEqualTo(AciVersionId.of("ACI_2019"));
    FundingLine op = ObservedContractsTest.line(y, FundingItem.OPERATING_AT_SIGNATURE, null);
    assertThat(op.earned().value()).contains(Euros.of(60_000));
    assertThat(op.earned().provenance().sources()).contains("cm3246");
  }

  @Test
  void laterYearsPayAdvanceAtTheOpeningAnniversaryAndBalanceAtTheClosingOne() {
    AciContract c = contract(LocalDate.of(2023, 7, 2)).withOperating(Euros.of(60_000), Euros.of(60_000));
    ContractYearFunding y = funding.year(c, 2, YearResults.none());
    assertThat(y.payments()).containsExactly(
        new Payment(LocalDate.of(2024, 1, 1), FundingItem.OPERATING_YEARLY, null, Euros.of(45_000), FundingRule.ADVANCE),
        new Payment(LocalDate.of(2024, 1, 1), FundingItem.MISSION_FIXED, Mission.ACCESS_TO_CARE, Euros.of(27_375), FundingRule.ADVANCE),
        new Payment(LocalDate.of(2025, 1, 1), FundingItem.OPERATING_YEARLY, null, Euros.of(15_000), FundingRule.BALANCE_AT_ANNIVERSARY),
        new Payment(LocalDate.of(2025, 1, 1), FundingItem.MISSION_FIXED, Mission.ACCESS_TO_CARE, Euros.of(9_125),
            FundingRule.BALANCE_AT_ANNIVERSARY));
  }

  @Test
  void aMissionNotStartedEarnsNothingButKeepsItsEnvelope() {
    ContractYearFunding y = funding.year(contract(null), 1, YearResults.allMet());
    FundingLine fixed = ObservedContractsTest.line(y, FundingItem.MISSION_FIXED, Mission.ACCESS_TO_CARE);
    assertThat(fixed.envelope().value()).contains(Euros.of(36_500));
    assertThat(fixed.earned().value()).contains(Euros.ZERO);
    assertThat(fixed.earned().provenance().rule()).isEqualTo(FundingRule.MISSION_NOT_STARTED);
  }

  @Test
  void letterOfIntentPaymentIsDatedAtItsValidationAndUnknownUnlessSupplied() {
    AciContract base = contract(SIGNED);
    AciContract withLoi = new AciContract(base.cptsId(), SIGNED, SizeBand.SIZE_3, null, Euros.of(75_000), null, null,
        LocalDate.of(2022, 10, 1), null, AttainmentFormula.LINEAR, base.missions());
    FundingLine loi = ObservedContractsTest.line(funding.year(withLoi, 1, YearResults.none()), FundingItem.LETTER_OF_INTENT, null);
    assertThat(loi.earned().isKnown()).isFalse();
    AciContract supplied = new AciContract(base.cptsId(), SIGNED, SizeBand.SIZE_3, null, Euros.of(75_000), null,
        Euros.of(25_000), LocalDate.of(2022, 10, 1), null, AttainmentFormula.LINEAR, base.missions());
    ContractYearFunding y = funding.year(supplied, 1, YearResults.none());
    assertThat(y.payments().get(0)).isEqualTo(new Payment(LocalDate.of(2022, 10, 1), FundingItem.LETTER_OF_INTENT, null,
        Euros.of(25_000), FundingRule.ON_LETTER_OF_INTENT_VALIDATION));
  }

  @Test
  void fiveYearProjection() {
    List<ContractYearFunding> years = funding.projection(contract(SIGNED).withOperating(Euros.of(60_000), Euros.of(60_000)));
    assertThat(years).hasSize(5).extracting(ContractYearFunding::year).containsExactly(1, 2, 3, 4, 5);
    assertThat(years).allSatisfy(y -> assertThat(y.knownEarned()).isEqualTo(Euros.of(106_500)));
    assertThat(years.get(4).period().end()).isEqualTo(LocalDate.of(2028, 1, 1));
  }

  @Test
  void yearOutOfRangeOrMissingSizeFailWithCodes() {
    assertThatThrownBy(() -> funding.year(contract(SIGNED), 6, YearResults.none())).hasMessageStartingWith("CPTS-0600");
    assertThatThrownBy(() -> funding.year(contract(SIGNED), 0, YearResults.none())).hasMessageStartingWith("CPTS-0600");
    AciContract noSize = new AciContract(CptsId.of("x"), SIGNED, null, null, null, null, null, null, null,
        AttainmentFormula.LINEAR, List.of());
    assertThatThrownBy(() -> funding.year(noSize, 1, YearResults.none())).hasMessageStartingWith("CPTS-0601");
    assertThatThrownBy(() -> funding.year(noSize.withSignedOn(LocalDate.of(2019, 1, 1)), 1, YearResults.none()))
        .hasMessageStartingWith("CPTS-0400");
  }

  @Test
  void linearAndThresholdFormulas() {
    IndicatorLine l = IndicatorLine.result("r", "r", java.math.BigDecimal.valueOf(100), java.math.BigDecimal.valueOf(200), Euros.of(1_000));
    AciContract c = AciContract.of(CptsId.of("c"), SIGNED, SizeBand.SIZE_1, List.of(
        new ContractMission(Mission.PREVENTION, SIGNED, Euros.ZERO, List.of(l))));
    YearResults r = YearResults.of(List.of(IndicatorResult.measured("r", java.math.BigDecimal.valueOf(133))), false);
    assertThat(ObservedContractsTest.earned(funding.year(c, 1, r), FundingItem.MISSION_VARIABLE, Mission.PREVENTION))
        .isEqualTo(Euros.of(330));
    assertThat(ObservedContractsTest.earned(funding.year(c.withFormula(AttainmentFormula.THRESHOLD), 1, r),
        FundingItem.MISSION_VARIABLE, Mission.PREVENTION)).isEqualTo(Euros.ZERO);
  }
}
