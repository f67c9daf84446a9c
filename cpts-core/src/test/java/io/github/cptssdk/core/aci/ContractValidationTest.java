package io.github.cptssdk.core.aci;

import static io.github.cptssdk.core.aci.EligibilityTest.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad contracts: each problem is a report entry with a code and a path, never an exception. */
class ContractValidationTest {

  private final AciRules rules = AciRules.official();

  @Test
  void theObservedContractIsValid() {
    ValidationReport r = rules.validate(ObservedContractsTest.observed());
    assertThat(r.isValid()).as(r.toString()).isTrue();
  }

  @Test
  void noMissionAndNoSize() {
    AciContract c = new AciContract(CptsId.of("c"), LocalDate.of(2023, 1, 1), null, null, null, null, null, null, null,
        AttainmentFormula.LINEAR, List.of());
    assertThat(codes(rules.validate(c))).contains("CPTS-0500", "CPTS-0510", "CPTS-0501");
  }

  @Test
  void missingCoreMissionNegativeAmountsAndDatesOutOfOrder() {
    AciContract base = ObservedContractsTest.observed();
    AciContract c = new AciContract(base.cptsId(), base.signedOn(), SizeBand.SIZE_3, -5L, Euros.of(-1), null, null,
        base.signedOn().plusDays(1), null, AttainmentFormula.LINEAR,
        List.of(base.missions().get(0).withFixedAmount(Euros.ofCents(-1)), base.missions().get(0),
            base.missions().get(1).withStartedOn(base.signedOn().minusDays(3))));
    ValidationReport r = rules.validate(c);
    assertThat(codes(r)).contains("CPTS-0501", "CPTS-0502", "CPTS-0507", "CPTS-0512", "CPTS-0517", "CPTS-0518");
    assertThat(r.withCode("CPTS-0502")).extracting(ValidationIssue::path)
        .contains("operatingAtSignature", "missions[0].fixedAmount");
    assertThat(r.withCode("CPTS-0501")).extracting(i -> i.message().en()).anyMatch(m -> m.contains("PREVENTION"));
  }

  /** Results are keyed by line id, so the same id in two missions would be ambiguous. */
  @Test
  void aLineIdUsedInTwoMissionsIsReported() {
    AciContract c = ObservedContractsTest.observed();
    IndicatorLine dup = IndicatorLine.action(c.missions().get(0).indicators().get(0).id(), "same id", Euros.of(10));
    c = c.withMissions(List.of(c.missions().get(0), c.missions().get(1).withIndicators(List.of(dup)),
        c.missions().get(2), c.missions().get(3)));
    assertThat(rules.validate(c).withCode("CPTS-0509")).extracting(ValidationIssue::path)
        .containsExactly("missions[1].indicators[0].id");
  }

  @Test
  void badIndicatorLines() {
    List<IndicatorLine> lines = List.of(
        new IndicatorLine("r1", "no baseline", IndicatorKind.RESULT, null, BigDecimal.TEN, List.of(), Euros.of(10)),
        new IndicatorLine("r1", "no target, dup id", IndicatorKind.RESULT, BigDecimal.ONE, null, List.of(), Euros.of(10)),
        new IndicatorLine("r3", "flat", IndicatorKind.RESULT, BigDecimal.ONE, BigDecimal.ONE, List.of(), null),
        new IndicatorLine("r4", "tier too high", IndicatorKind.RESULT, BigDecimal.ONE, BigDecimal.TEN,
            List.of(Tier.of(5, 100)), Euros.of(10)),
        new IndicatorLine("a5", "action with target", IndicatorKind.ACTION, null, BigDecimal.TEN, List.of(), Euros.of(10)));
    AciContract c = ObservedContractsTest.observed();
    c = c.withMissions(List.of(c.missions().get(0).withIndicators(lines), c.missions().get(1), c.missions().get(2),
        c.missions().get(3)));
    ValidationReport r = rules.validate(c);
    assertThat(codes(r)).contains("CPTS-0504", "CPTS-0505", "CPTS-0506", "CPTS-0509", "CPTS-0513", "CPTS-0514", "CPTS-0515");
    assertThat(r.withCode("CPTS-0504")).extracting(ValidationIssue::path).containsExactly("missions[0].indicators[0].baseline");
  }

  @Test
  void signatureBeforeTheFirstVersionAndUnknownNationalAmounts() {
    AciContract c = AciContract.of(CptsId.of("c"), LocalDate.of(2019, 1, 1), SizeBand.SIZE_1,
        List.of(missionOf(Mission.ACCESS_TO_CARE)));
    assertThat(codes(rules.validate(c))).contains("CPTS-0508");
    AciContract later = c.withSignedOn(LocalDate.of(2023, 1, 1));
    assertThat(rules.validate(later).withCode("CPTS-0503")).extracting(ValidationIssue::path)
        .containsExactly("missions[0].fixedAmount");
  }

  @Test
  void sizeAndPopulationThatDisagreeAreAWarning() {
    AciContract base = ObservedContractsTest.observed();
    AciContract c = new AciContract(base.cptsId(), base.signedOn(), SizeBand.SIZE_1, 131_216L, null, null, null, null,
        null, AttainmentFormula.LINEAR, base.missions());
    assertThat(rules.validate(c).withCode("CPTS-0511")).singleElement().extracting(i -> i.message().en()).asString()
        .contains("SIZE_3");
  }

  private static ContractMission missionOf(Mission m) {
    return new ContractMission(m, null, null, List.of());
  }
}
