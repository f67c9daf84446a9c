package io.github.cptssdk.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The first example of cpts-core/README.md, kept in step with it. */
class TerritoryReadmeExampleTest {

  @Test
  void readme_first_example() {
    CommuneReferential referential = CommuneReferential.official();

    Territory thau = referential.epciTerritory(EpciCode.parse("200066355"));
    TerritoryProfile profile = referential.profile(thau);
    assertThat(profile.population()).isEqualTo(131_216L);
    assertThat(profile.communeCount()).isEqualTo(14);
    assertThat(profile.departments()).containsExactly("34");
    assertThat(profile.regions()).containsExactly("76");

    assertThat(referential.profile(Territory.parse("34301", "34157", "34999")).unknownCodes())
        .containsExactly(CommuneCode.of("34999"));

    TerritoryCoverage coverage = TerritoryCoverage.analyse(referential,
        Map.of("CPTS du Bassin de Thau", thau, "CPTS Montpellier", Territory.parse("34172", "34157")),
        referential.departmentTerritory("34"));
    assertThat(coverage.overlaps()).singleElement().satisfies(o -> {
      assertThat(o.commune()).isEqualTo(CommuneCode.of("34157"));
      assertThat(o.cpts()).containsExactly("CPTS Montpellier", "CPTS du Bassin de Thau");
      assertThat(o.population()).isEqualTo(12_669L);
    });
    assertThat(coverage.whiteZonePopulation()).isPositive().isLessThan(1_230_289L);
  }
}
