package io.github.cptssdk.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.territory.TerritoryCoverage.Overlap;
import io.github.cptssdk.core.territory.internal.CoverageAnalysis;
import io.github.cptssdk.core.testing.TerritoryArbitraries;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

class TerritoryCoveragePropertiesTest {

  private final CommuneReferential referential = CommuneReferential.official();

  @Property(tries = 200)
  void overlap_detection_is_symmetric(@ForAll("territoriesWithArrondissements") Territory a,
      @ForAll("territoriesWithArrondissements") Territory b) {
    TerritoryCoverage ab = TerritoryCoverage.analyse(referential, Map.of("A", a, "B", b), Territory.empty());
    TerritoryCoverage ba = TerritoryCoverage.analyse(referential, Map.of("A", b, "B", a), Territory.empty());
    assertThat(ab.overlaps()).extracting(Overlap::commune).isEqualTo(ba.overlaps().stream().map(Overlap::commune).toList());
    assertThat(ab.overlapPopulation()).isEqualTo(ba.overlapPopulation());
    Territory common = CoverageAnalysis.expand(referential, a).intersection(CoverageAnalysis.expand(referential, b));
    assertThat(ab.overlaps()).extracting(Overlap::commune).containsExactlyElementsOf(common.communes());
    assertThat(ab.hasOverlaps()).isEqualTo(CoverageAnalysis.expand(referential, a)
        .overlaps(CoverageAnalysis.expand(referential, b)));
  }

  @Property(tries = 100)
  void white_zones_and_covered_communes_make_the_scope(@ForAll("pairsOfOneDepartment") Tuple2<Territory, Territory> pair) {
    String department = referential.profile(pair.get1().union(pair.get2())).departments().stream().findFirst().orElse("34");
    Territory scope = referential.departmentTerritory(department);
    TerritoryCoverage c = TerritoryCoverage.analyse(referential, Map.of("A", pair.get1(), "B", pair.get2()), scope);
    assertThat(c.covered().overlaps(c.whiteZones())).isFalse();
    assertThat(c.covered().union(c.whiteZones())).isEqualTo(CoverageAnalysis.expand(referential, scope));
    assertThat(c.coveredPopulation() + c.whiteZonePopulation()).isEqualTo(referential.profile(scope).population());
    Territory claimed = CoverageAnalysis.expand(referential, pair.get1().union(pair.get2()));
    assertThat(c.covered()).isEqualTo(claimed.intersection(CoverageAnalysis.expand(referential, scope)));
  }

  @Property(tries = 200)
  void disjoint_territories_never_overlap(@ForAll("disjointPairs") Tuple2<Territory, Territory> pair) {
    TerritoryCoverage c = TerritoryCoverage.analyse(referential, Map.of("A", pair.get1(), "B", pair.get2()),
        pair.get1().union(pair.get2()));
    assertThat(c.hasOverlaps()).isFalse();
    assertThat(c.whiteZones().isEmpty()).isTrue();
    assertThat(c.covered()).isEqualTo(CoverageAnalysis.expand(referential, pair.get1().union(pair.get2())));
    assertThat(c.coveredPopulation()).isEqualTo(referential.profile(pair.get1()).population()
        + referential.profile(pair.get2()).population());
  }

  @Provide
  Arbitrary<Territory> territoriesWithArrondissements() {
    return TerritoryArbitraries.territoriesWithArrondissements();
  }

  @Provide
  Arbitrary<Tuple2<Territory, Territory>> pairsOfOneDepartment() {
    return TerritoryArbitraries.pairsOfOneDepartment();
  }

  @Provide
  Arbitrary<Tuple2<Territory, Territory>> disjointPairs() {
    return TerritoryArbitraries.disjointPairs();
  }
}
