package io.github.cptssdk.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.TerritoryCoverage.Overlap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerritoryCoverageTest {

  private final CommuneReferential referential = CommuneReferential.official();

  @Test
  void overlap_and_white_zones_in_herault() {
    Territory sete = referential.epciTerritory(EpciCode.parse("200066355"));
    Territory other = Territory.parse("34157", "34172"); // Mèze (also in Sète Agglopôle) and Montpellier
    Territory herault = referential.departmentTerritory("34");
    TerritoryCoverage coverage = TerritoryCoverage.analyse(referential, Map.of("Bassin de Thau", sete,
        "Montpellier", other), herault);

    assertThat(coverage.overlaps()).containsExactly(
        new Overlap(CommuneCode.of("34157"), new java.util.TreeSet<>(java.util.List.of("Bassin de Thau", "Montpellier")),
            12_669L));
    assertThat(coverage.overlapPopulation()).isEqualTo(12_669L);
    assertThat(coverage.overlapsOf("Montpellier")).hasSize(1);
    assertThat(coverage.covered().size()).isEqualTo(15);
    assertThat(coverage.whiteZones().size()).isEqualTo(341 - 15);
    long montpellier = referential.commune(CommuneCode.of("34172")).orElseThrow().population();
    assertThat(coverage.coveredPopulation()).isEqualTo(131_216L + montpellier);
    assertThat(coverage.whiteZonePopulation()).isEqualTo(1_230_289L - 131_216L - montpellier);
    assertThat(coverage.unknownCodes()).isEmpty();
  }

  @Test
  void paris_is_analysed_by_arrondissement() {
    Territory paris = referential.departmentTerritory("75");
    TerritoryCoverage coverage = TerritoryCoverage.analyse(referential, Map.of(
        "Paris 13", Territory.parse("75113"), "Paris Centre", Territory.parse("75101", "75102", "75113")), paris);
    assertThat(coverage.covered()).isEqualTo(Territory.parse("75101", "75102", "75113"));
    assertThat(coverage.whiteZones().size()).isEqualTo(17);
    assertThat(coverage.coveredPopulation() + coverage.whiteZonePopulation()).isEqualTo(2_103_778L);
    assertThat(coverage.overlaps()).extracting(Overlap::commune).containsExactly(CommuneCode.of("75113"));
    assertThat(coverage.overlaps().get(0).population()).isEqualTo(181_271L);
  }

  @Test
  void a_cpts_claiming_the_whole_city_overlaps_one_claiming_an_arrondissement() {
    TerritoryCoverage coverage = TerritoryCoverage.analyse(referential, Map.of(
        "Lyon", Territory.parse("69123"), "Lyon 3", Territory.parse("69383")), Territory.parse("69123"));
    assertThat(coverage.overlaps()).extracting(Overlap::commune).containsExactly(CommuneCode.of("69383"));
    assertThat(coverage.whiteZones().isEmpty()).isTrue();
    assertThat(coverage.coveredPopulation()).isEqualTo(519_127L);
  }

  @Test
  void no_cpts_leaves_the_whole_scope_white() {
    Territory corse = referential.regionTerritory("94");
    TerritoryCoverage coverage = TerritoryCoverage.analyse(referential, Map.of(), corse);
    assertThat(coverage.whiteZones()).isEqualTo(corse);
    assertThat(coverage.whiteZonePopulation()).isEqualTo(168_306L + 187_180L);
    assertThat(coverage.covered().isEmpty()).isTrue();
    assertThat(coverage.hasOverlaps()).isFalse();
  }

  @Test
  void unknown_codes_are_reported() {
    TerritoryCoverage coverage = TerritoryCoverage.analyse(referential, Map.of(
        "A", Territory.parse("34999", "34301"), "B", Territory.parse("34999")), Territory.parse("34301", "34998"));
    assertThat(coverage.unknownCodes()).containsExactly(CommuneCode.of("34998"), CommuneCode.of("34999"));
    assertThat(coverage.overlaps()).containsExactly(
        new Overlap(CommuneCode.of("34999"), new java.util.TreeSet<>(java.util.List.of("A", "B")), 0L));
    assertThat(coverage.whiteZones()).isEqualTo(Territory.parse("34998"));
  }

  @Test
  void bad_arguments_name_the_parameter() {
    Map<String, Territory> blank = Map.of(" ", Territory.empty());
    assertThatThrownBy(() -> TerritoryCoverage.analyse(referential, blank, Territory.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    Map<String, Territory> nullTerritory = new HashMap<>();
    nullTerritory.put("A", null);
    assertThatThrownBy(() -> TerritoryCoverage.analyse(referential, nullTerritory, Territory.empty()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("territory of A");
    assertThatThrownBy(() -> new Overlap(CommuneCode.of("34301"), new java.util.TreeSet<>(java.util.List.of("A")), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
