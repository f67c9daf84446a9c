package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.Mission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two OBSERVED contracts of aci-cpts.md 4.4 and 5.3 [contract-rovira] [contract-drancy]. */
class ObservedContractsTest {

  static final LocalDate SIGNED = LocalDate.of(2022, 4, 15);

  /** The access lines of [contract-rovira]: 9 000 + 5 000 + 3 000 + 5 000 + 2 000 + 3 000 + 5 000 + 3 000. */
  static List<IndicatorLine> accessLines() {
    return List.of(
        IndicatorLine.tiered("ald-sans-mt", "ALD patients without MT", BigDecimal.valueOf(219), BigDecimal.valueOf(50),
            List.of(Tier.of(219, 3_000), Tier.of(100, 6_000), Tier.of(50, 9_000))),
        IndicatorLine.result("mt-16", "patients 16+ with an MT", BigDecimal.valueOf(10_000), BigDecimal.valueOf(10_700), Euros.of(5_000)),
        IndicatorLine.result("70-sans-mt", "patients 70+ without MT", BigDecimal.valueOf(400), BigDecimal.valueOf(300), Euros.of(3_000)),
        IndicatorLine.action("sas-orga", "organisation complementing the SAS", Euros.of(5_000)),
        IndicatorLine.action("partenariat-cpam", "partnership with the CPAM", Euros.of(2_000)),
        IndicatorLine.action("sas-medecins", "CPTS doctors in the SAS", Euros.of(3_000)),
        IndicatorLine.action("sas-rdv", "SAS appointments honoured", Euros.of(5_000)),
        IndicatorLine.action("teleconsult", "telehealth slots", Euros.of(3_000)));
  }

  static AciContract observed() {
    return new AciContract(CptsId.of("cpts-rovira"), SIGNED, SizeBand.SIZE_3, null, null, null, null, null,
        Euros.of(67_500), AttainmentFormula.LINEAR, List.of(
        new ContractMission(Mission.ACCESS_TO_CARE, SIGNED, Euros.of(90_000), accessLines()),
        new ContractMission(Mission.CARE_PATHWAYS, SIGNED, Euros.of(45_000),
            List.of(IndicatorLine.action("parcours", "pathways written and spread", Euros.of(45_000)))),
        new ContractMission(Mission.PREVENTION, SIGNED, Euros.of(17_500), List.of(
            IndicatorLine.tiered("depistage", "cancer screening rate", BigDecimal.valueOf(50), BigDecimal.valueOf(60),
                List.of(Tier.of(52, 1_000), Tier.of(56, 2_500), Tier.of(60, 3_500))),
            IndicatorLine.action("evenements", "prevention events", Euros.of(14_000)))),
        new ContractMission(Mission.HEALTH_CRISIS, SIGNED, Euros.of(22_500), List.of()),
        new ContractMission(Mission.QUALITY_RELEVANCE, SIGNED, Euros.of(15_000),
            List.of(IndicatorLine.action("rmp", "case-review meetings", Euros.of(15_000)))),
        new ContractMission(Mission.PROFESSIONAL_SUPPORT, SIGNED, Euros.of(10_000),
            List.of(IndicatorLine.action("installation", "help to settle", Euros.of(10_000))))));
  }

  private final AciFunding funding = AciFunding.official();

  @Test
  void accessVariableEnvelopeIsTheSumOfItsLines() {
    assertThat(observed().mission(Mission.ACCESS_TO_CARE).orElseThrow().variableEnvelope()).isEqualTo(Euros.of(35_000));
  }

  @Test
  void envelopesOfTheObservedContracts() {
    ContractYearFunding y = funding.year(observed(), 2, YearResults.allMet());
    assertThat(envelope(y, FundingItem.MISSION_FIXED, Mission.ACCESS_TO_CARE)).isEqualTo(Euros.of(90_000));
    assertThat(envelope(y, FundingItem.MISSION_VARIABLE, Mission.ACCESS_TO_CARE)).isEqualTo(Euros.of(35_000));
    assertThat(envelope(y, FundingItem.MISSION_FIXED, Mission.CARE_PATHWAYS).plus(
        envelope(y, FundingItem.MISSION_VARIABLE, Mission.CARE_PATHWAYS))).isEqualTo(Euros.of(90_000));
    assertThat(envelope(y, FundingItem.MISSION_VARIABLE, Mission.PREVENTION)).isEqualTo(Euros.of(17_500));
    assertThat(envelope(y, FundingItem.CRISIS_ACTIVATION, Mission.HEALTH_CRISIS)).isEqualTo(Euros.of(67_500));
    // 4.4 arithmetic: mission envelopes without crisis activation = 322 500
    Euros missions = y.lines().stream().filter(l -> l.mission() != null && l.item() != FundingItem.CRISIS_ACTIVATION)
        .map(l -> l.envelope().value().orElseThrow()).reduce(Euros.ZERO, Euros::plus);
    assertThat(missions).isEqualTo(Euros.of(322_500));
  }

  @Test
  void aldTiersPay3000Then6000Then9000() {
    // [contract-rovira]: 101-219 -> 3 000; 51-100 -> 6 000; 50 or fewer -> 9 000
    assertThat(ald(219)).isEqualTo(Euros.of(3_000));
    assertThat(ald(101)).isEqualTo(Euros.of(3_000));
    assertThat(ald(100)).isEqualTo(Euros.of(6_000));
    assertThat(ald(51)).isEqualTo(Euros.of(6_000));
    assertThat(ald(50)).isEqualTo(Euros.of(9_000));
    assertThat(ald(0)).isEqualTo(Euros.of(9_000));
    assertThat(ald(220)).isEqualTo(Euros.ZERO);
  }

  @Test
  void crisisActivationOnlyWhenTheArsRecognisesACrisis() {
    ContractYearFunding calm = funding.year(observed(), 3, YearResults.allMet());
    ContractYearFunding crisis = funding.year(observed(), 3, YearResults.allMet().withCrisisRecognised(true));
    assertThat(crisis.knownEarned().minus(calm.knownEarned())).isEqualTo(Euros.of(67_500));
    assertThat(earned(calm, FundingItem.MISSION_FIXED, Mission.HEALTH_CRISIS)).isEqualTo(Euros.of(22_500));
  }

  private Euros ald(long count) {
    YearResults r = YearResults.of(List.of(IndicatorResult.measured("ald-sans-mt", BigDecimal.valueOf(count)),
        IndicatorResult.proven("sas-orga", false)), false);
    return earned(funding.year(observed(), 2, r), FundingItem.MISSION_VARIABLE, Mission.ACCESS_TO_CARE);
  }

  static Euros envelope(ContractYearFunding y, FundingItem item, Mission m) {
    return line(y, item, m).envelope().value().orElseThrow();
  }

  static Euros earned(ContractYearFunding y, FundingItem item, Mission m) {
    return line(y, item, m).earned().value().orElseThrow();
  }

  static FundingLine line(ContractYearFunding y, FundingItem item, Mission m) {
    return y.lines().stream().filter(l -> l.item() == item && l.mission() == m).findFirst().orElseThrow();
  }
}
