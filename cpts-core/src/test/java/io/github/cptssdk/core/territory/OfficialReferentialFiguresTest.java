package io.github.cptssdk.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the figures of the bundled referential, @etalab/decoupage-administratif 6.0.0 (COG 2026, INSEE
 * populations municipales of communes.json, DGCL EPCI 2026). A regeneration that changes them must
 * update this test and the README next to the resource.
 */
class OfficialReferentialFiguresTest {

  private final CommuneReferential referential = CommuneReferential.official();

  @Test
  void names_its_source() {
    assertThat(referential.source()).isEqualTo("@etalab/decoupage-administratif 6.0.0");
  }

  @Test
  void has_34969_current_communes_totalling_68952941_inhabitants() {
    assertThat(referential.communes()).hasSize(34_969);
    assertThat(referential.communes().stream().mapToLong(Commune::population).sum()).isEqualTo(68_952_941L);
    assertThat(referential.communes()).allMatch(c -> c.kind() == Commune.Kind.COMMUNE && c.parent() == null);
  }

  @Test
  void has_45_municipal_arrondissements_adding_up_to_their_cities() {
    assertThat(referential.municipalArrondissements()).hasSize(45);
    Map<CommuneCode, Long> byCity = referential.municipalArrondissements().stream()
        .collect(Collectors.groupingBy(Commune::parent, Collectors.summingLong(Commune::population)));
    assertThat(byCity).containsOnly(
        Map.entry(CommuneCode.of("75056"), 2_103_778L),
        Map.entry(CommuneCode.of("69123"), 519_127L),
        Map.entry(CommuneCode.of("13055"), 886_040L));
    byCity.forEach((city, sum) -> assertThat(referential.commune(city).orElseThrow().population()).isEqualTo(sum));
  }

  @Test
  void has_1255_epci_whose_members_are_34871_communes_each_in_one_epci() {
    assertThat(referential.epcis()).hasSize(1_255);
    assertThat(referential.epcis().stream().mapToInt(e -> e.members().size()).sum()).isEqualTo(34_871);
    assertThat(referential.communes().stream().filter(c -> c.epci() != null).count()).isEqualTo(34_871L);
    assertThat(referential.epcis().stream().collect(Collectors.groupingBy(Epci::type, Collectors.counting())))
        .containsOnly(Map.entry("CC", 989L), Map.entry("CA", 230L), Map.entry("METRO", 21L),
            Map.entry("CU", 14L), Map.entry("MET69", 1L));
  }

  @Test
  void has_109_departments_and_26_regions_including_the_overseas_collectivities() {
    assertThat(referential.departments()).hasSize(109);
    assertThat(referential.regions()).hasSize(26);
    assertThat(referential.department("987")).contains(new Department("987", "Polynésie française", "987"));
  }

  @Test
  void lists_are_sorted_by_code() {
    assertThat(referential.communes()).extracting(Commune::code).isSorted();
    assertThat(referential.municipalArrondissements()).extracting(Commune::code).isSorted();
    assertThat(referential.epcis()).extracting(e -> e.code().value()).isSorted();
    assertThat(referential.departments()).extracting(Department::code).isSorted();
    assertThat(referential.regions()).extracting(Region::code).isSorted();
  }

  @Test
  void every_department_and_region_has_communes_and_every_epci_has_members() {
    referential.departments().forEach(d -> assertThat(referential.departmentTerritory(d.code()).isEmpty()).isFalse());
    referential.regions().forEach(r -> assertThat(referential.regionTerritory(r.code()).isEmpty()).isFalse());
    referential.epcis().forEach(e -> assertThat(e.members()).isNotEmpty());
    referential.epcis().forEach(e -> assertThat(referential.epci(e.code())).contains(e));
  }

  @Test
  void epci_population_is_the_sum_of_its_communes() {
    for (Epci e : referential.epcis()) {
      assertThat(referential.profile(Territory.of(e.members())).population()).isEqualTo(e.population());
    }
    assertThat(referential.epci(EpciCode.parse("200066355")).orElseThrow().population()).isEqualTo(131_216L);
  }

  @Test
  void is_the_same_instance_on_every_call() {
    assertThat(CommuneReferential.official()).isSameAs(referential);
  }
}
