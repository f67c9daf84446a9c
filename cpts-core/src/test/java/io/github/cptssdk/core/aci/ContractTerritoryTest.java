package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.TerritoryProfile;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contract tied to its territory: one size band, from the referential; a disagreement is a finding. */
class ContractTerritoryTest {

  private static final CommuneReferential REFERENTIAL = CommuneReferential.official();
  private static final TerritoryProfile THAU = REFERENTIAL.profile(REFERENTIAL.epciTerritory(EpciCode.parse("200066355")));
  private static final LocalDate SIGNED = LocalDate.of(2023, 11, 15);

  private static AciContract stated(SizeBand size, Long population) {
    return new AciContract(CptsId.of("sete"), SIGNED, size, population, null, null, null, null, null,
        AttainmentFormula.LINEAR, List.of(new ContractMission(Mission.ACCESS_TO_CARE, SIGNED, Euros.of(90_000), List.of())));
  }

  @Test
  void aContractDisagreeingWithItsTerritoryGetsAFindingWithBothValues() {
    var report = AciRules.official().checkTerritory(stated(SizeBand.SIZE_2, 50_000L), THAU, REFERENTIAL.source());
    assertThat(report.issues()).extracting(ValidationIssue::code, ValidationIssue::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CPTS-1490", "population"), org.assertj.core.groups.Tuple.tuple("CPTS-1491", "size"));
    assertThat(report.issues().get(0).message().en()).contains("[50000]").contains("[131216]").contains(REFERENTIAL.source());
    assertThat(report.issues().get(1).message().fr()).contains("[SIZE_2]").contains("[SIZE_3]");
    assertThat(report.issues().get(1).message().en()).contains("[AVENANT_2]").endsWith("the size band of the territory is used");
    assertThat(report.issues().get(0).message().en()).endsWith("the population of the territory is used");
  }

  @Test
  void aContractAgreeingWithItsTerritoryHasNoFindingAndFundingUsesTheTerritorysBand() {
    assertThat(AciRules.official().checkTerritory(stated(SizeBand.SIZE_3, 131_216L), THAU, "v").issues()).isEmpty();
    AciContract wrong = stated(SizeBand.SIZE_1, 10L);
    ContractYearFunding y = AciFunding.official().year(wrong.onTerritory(THAU), 2, YearResults.allMet());
    assertThat(y.size()).isEqualTo(SizeBand.SIZE_3);
    assertThat(wrong.onTerritory(THAU).population()).isEqualTo(131_216L);
  }

  @Test
  void aContractForAnotherCptsThanItsDocumentIsAnErrorNamingBothIds() {
    io.github.cptssdk.core.model.Cpts other = io.github.cptssdk.core.model.Cpts.of(CptsId.of("cpts-autre"), "Autre",
        io.github.cptssdk.core.territory.Territory.parse("34301"));
    var report = AciRules.official().checkDocument(stated(SizeBand.SIZE_3, 131_216L), other, THAU, "v");
    assertThat(report.isValid()).isFalse();
    assertThat(report.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo("CPTS-1496");
      assertThat(i.path()).isEqualTo("cptsId");
      assertThat(i.message().en()).contains("[sete]").contains("[cpts-autre]");
      assertThat(i.message().fr()).contains("[sete]").contains("[cpts-autre]");
    });
    io.github.cptssdk.core.model.Cpts same = io.github.cptssdk.core.model.Cpts.of(CptsId.of("sete"), "Sète",
        io.github.cptssdk.core.territory.Territory.parse("34301"));
    assertThat(AciRules.official().checkDocument(stated(SizeBand.SIZE_2, null), same, THAU, "v").issues())
        .extracting(ValidationIssue::code).containsExactly("CPTS-1491");
  }
}
