package io.github.cptssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.TerritoryCoverage;
import io.github.cptssdk.core.territory.TerritoryProfile;
import org.junit.jupiter.api.Test;

/** What the README comments of {@link TerritoryExample} claim is true. */
class TerritoryExampleTest {

  @Test
  void seteAgglopoleProfile() {
    TerritoryProfile p = TerritoryExample.sete();
    assertThat(p.population()).isEqualTo(131_216L);
    assertThat(p.communeCount()).isEqualTo(14);
    assertThat(p.departments()).containsExactly("34");
    assertThat(p.regions()).containsExactly("76");
  }

  @Test
  void unknownCodesAreListed() {
    assertThat(TerritoryExample.withUnknownCode().unknownCodes()).containsExactly(CommuneCode.of("34999"));
  }

  @Test
  void coverageOfHerault() {
    TerritoryCoverage c = TerritoryExample.coverage();
    assertThat(c.overlaps()).singleElement().satisfies(o -> {
      assertThat(o.commune()).isEqualTo(CommuneCode.of("34157"));
      assertThat(o.cpts()).containsExactly("CPTS Montpellier", "CPTS du Bassin de Thau");
      assertThat(o.population()).isEqualTo(12_669L);
    });
    assertThat(c.whiteZonePopulation()).isPositive().isLessThan(1_230_289L);
  }
}
