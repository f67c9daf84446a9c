package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.aci.internal.OfficialRules;
import io.github.cptssdk.core.model.Mission;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AciRulesTest {

  private final AciRules rules = AciRules.official();

  @Test
  void officialRulesHaveBothVersionsInOrder() {
    assertThat(rules.versions()).extracting(AciVersion::id).containsExactly(AciVersionId.of("ACI_2019"), AciVersionId.of("AVENANT_2"));
  }

  @Test
  void versionInForceChangesOnTheDayAvenant2IsPublished() {
    // [lcds] in force 2019-08-25; [infodent] [acoorde] JO 2022-03-31 (effective day INFERRED, kept as data)
    assertThat(rules.at(LocalDate.of(2019, 8, 25)).id()).isEqualTo(AciVersionId.of("ACI_2019"));
    assertThat(rules.at(LocalDate.of(2022, 3, 30)).id()).isEqualTo(AciVersionId.of("ACI_2019"));
    assertThat(rules.at(LocalDate.of(2022, 3, 31)).id()).isEqualTo(AciVersionId.of("AVENANT_2"));
    assertThat(rules.at(LocalDate.of(2030, 1, 1)).id()).isEqualTo(AciVersionId.of("AVENANT_2"));
  }

  @Test
  void aDateBeforeTheFirstVersionFailsWithACode() {
    assertThatThrownBy(() -> rules.at(LocalDate.of(2019, 8, 24)))
        .isInstanceOf(AciRulesException.class).hasMessageStartingWith("CPTS-0400")
        .hasMessageContaining("2019-08-24").hasMessageContaining("2019-08-25");
  }

  @Test
  void overlappingVersionsAreRejectedWhenTheRegistryIsBuilt() {
    AciVersion a = version("A", "2019-08-25/2022-04-01");
    AciVersion b = version("B", "2022-03-31/..");
    assertThatThrownBy(() -> AciRules.of(List.of(a, b))).isInstanceOf(AciRulesException.class)
        .hasMessageStartingWith("CPTS-0401");
  }

  @Test
  void aGapBetweenVersionsIsRejectedWhenTheRegistryIsBuilt() {
    AciVersion a = version("A", "2019-08-25/2022-03-01");
    AciVersion b = version("B", "2022-03-31/..");
    assertThatThrownBy(() -> AciRules.of(List.of(b, a))).isInstanceOf(AciRulesException.class)
        .hasMessageStartingWith("CPTS-0402");
  }

  @Test
  void anEmptyRegistryIsRejected() {
    assertThatThrownBy(() -> AciRules.of(List.of())).hasMessageStartingWith("CPTS-0406");
  }

  @Test
  void aLaterAvenantIsOneMoreDataFile() {
    String av3 = OfficialRules.read("avenant-2.tsv").replace("AVENANT_2\t", "AVENANT_3\t")
        .replace("2022-03-31/..", "2027-01-01/..");
    String av2 = OfficialRules.read("avenant-2.tsv").replace("2022-03-31/..", "2022-03-31/2027-01-01");
    AciRules extended = AciRules.of(List.of(AciVersion.parse(OfficialRules.read("aci-2019.tsv")),
        AciVersion.parse(av2), AciVersion.parse(av3)));
    assertThat(extended.at(LocalDate.of(2027, 1, 1)).id()).isEqualTo(AciVersionId.of("AVENANT_3"));
    assertThat(extended.at(LocalDate.of(2026, 12, 31)).id()).isEqualTo(AciVersionId.of("AVENANT_2"));
  }

  @Test
  void malformedRuleDataFailsWithACodeAndTheLine() {
    assertThatThrownBy(() -> AciVersion.parse("VERSION_ID\t-\t-\tX\tCONFIRMED\n"))
        .isInstanceOf(AciRulesException.class).hasMessageStartingWith("CPTS-0403").hasMessageContaining("line 1");
    assertThatThrownBy(() -> AciVersion.parse("VERSION_ID\t-\t-\tX\tSURE\t-\t-\n"))
        .hasMessageStartingWith("CPTS-0403");
    assertThatThrownBy(() -> AciVersion.parse("# nothing\n")).hasMessageStartingWith("CPTS-0403");
  }

  @Test
  void sizeBandsThatLeaveAGapAreRejected() {
    String broken = OfficialRules.read("aci-2019.tsv").replace("[40000,80000)", "[40001,80000)");
    assertThatThrownBy(() -> AciVersion.parse(broken)).hasMessageStartingWith("CPTS-0404");
    String overlapping = OfficialRules.read("aci-2019.tsv").replace("[80000,175000]", "[79999,175000]");
    assertThatThrownBy(() -> AciVersion.parse(overlapping)).hasMessageStartingWith("CPTS-0404");
  }

  @Test
  void negativePopulationIsRefused() {
    assertThatThrownBy(() -> rules.at(LocalDate.of(2023, 1, 1)).sizeBand(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void crisisMissionIsCoreOnlyFromItsOwnEffectiveDate() {
    // [cpts-bois] mission effective 2022-09-03 (SINGLE_SOURCE)
    AciVersion av2 = rules.version(AciVersionId.of("AVENANT_2")).orElseThrow();
    assertThat(av2.coreMissions(LocalDate.of(2022, 9, 2))).doesNotContain(Mission.HEALTH_CRISIS);
    assertThat(av2.coreMissions(LocalDate.of(2022, 9, 3))).contains(Mission.HEALTH_CRISIS);
    assertThat(av2.mission(Mission.HEALTH_CRISIS).orElseThrow().calendarStatus()).isEqualTo(EvidenceStatus.SINGLE_SOURCE);
  }

  private static AciVersion version(String id, String validity) {
    String text = OfficialRules.read("aci-2019.tsv").replace("ACI_2019\t", id + "\t")
        .replace("2019-08-25/2022-03-31", validity);
    return AciVersion.parse(text);
  }
}
