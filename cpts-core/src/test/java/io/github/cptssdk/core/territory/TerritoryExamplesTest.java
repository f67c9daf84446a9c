package io.github.cptssdk.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import org.junit.jupiter.api.Test;

/** Real territories of the bundled referential (@etalab/decoupage-administratif 6.0.0). */
class TerritoryExamplesTest {

  private final CommuneReferential referential = CommuneReferential.official();

  @Test
  void sete_agglopole_mediterranee() {
    EpciCode code = EpciCode.parse("200066355");
    Epci epci = referential.epci(code).orElseThrow();
    assertThat(epci.name()).isEqualTo("CA Sète Agglopôle Méditerranée");
    assertThat(epci.type()).isEqualTo("CA");
    Territory territory = referential.epciTerritory(code);
    assertThat(territory).isEqualTo(Territory.parse("34023", "34024", "34039", "34108", "34113", "34143", "34150",
        "34157", "34159", "34165", "34213", "34301", "34333", "34341"));
    TerritoryProfile profile = referential.profile(territory);
    assertThat(profile.population()).isEqualTo(131_216L);
    assertThat(profile.communeCount()).isEqualTo(14);
    assertThat(profile.departments()).containsExactly("34");
    assertThat(profile.regions()).containsExactly("76");
    assertThat(profile.isComplete()).isTrue();
  }

  @Test
  void sete_commune() {
    Commune sete = referential.commune(CommuneCode.of("34301")).orElseThrow();
    assertThat(sete).isEqualTo(new Commune(CommuneCode.of("34301"), "Sète", Commune.Kind.COMMUNE, "34", "76",
        EpciCode.parse("200066355"), null, 45_337L));
  }

  @Test
  void metropole_du_grand_nancy() {
    Epci nancy = referential.epci(EpciCode.parse("245400676")).orElseThrow();
    assertThat(nancy.name()).isEqualTo("Métropole du Grand Nancy");
    assertThat(nancy.type()).isEqualTo("METRO");
    assertThat(nancy.members()).hasSize(20).contains(CommuneCode.of("54395")).isSorted();
    TerritoryProfile profile = referential.profile(referential.epciTerritory(nancy.code()));
    assertThat(profile.population()).isEqualTo(257_066L);
    assertThat(profile.departments()).containsExactly("54");
    assertThat(profile.regions()).containsExactly("44");
  }

  @Test
  void paris_13e_arrondissement() {
    Commune p13 = referential.commune(CommuneCode.of("75113")).orElseThrow();
    assertThat(p13.name()).isEqualTo("Paris 13e Arrondissement");
    assertThat(p13.kind()).isEqualTo(Commune.Kind.MUNICIPAL_ARRONDISSEMENT);
    assertThat(p13.parent()).isEqualTo(CommuneCode.of("75056"));
    assertThat(p13.population()).isEqualTo(181_271L);
    assertThat(p13.departmentCode()).isEqualTo("75");
    assertThat(p13.regionCode()).isEqualTo("11");
    assertThat(p13.epci()).isEqualTo(EpciCode.parse("200054781"));
    assertThat(referential.profile(Territory.parse("75113")).population()).isEqualTo(181_271L);
  }

  @Test
  void paris_is_counted_once_with_its_arrondissements() {
    long paris = 2_103_778L;
    assertThat(referential.profile(Territory.parse("75056")).population()).isEqualTo(paris);
    TerritoryProfile both = referential.profile(Territory.parse("75056", "75113", "75114"));
    assertThat(both.population()).isEqualTo(paris);
    assertThat(both.communeCount()).isEqualTo(3);
    Territory arrondissements = Territory.of(referential.arrondissementsOf(CommuneCode.of("75056")).stream()
        .map(Commune::code).toList());
    assertThat(arrondissements.size()).isEqualTo(20);
    assertThat(referential.profile(arrondissements).population()).isEqualTo(paris);
  }

  @Test
  void lyon_and_marseille_are_counted_once_with_their_arrondissements() {
    assertThat(referential.profile(Territory.parse("69123", "69381")).population()).isEqualTo(519_127L);
    assertThat(referential.profile(Territory.parse("13055", "13201", "13216")).population()).isEqualTo(886_040L);
    assertThat(referential.arrondissementsOf(CommuneCode.of("69123"))).hasSize(9);
    assertThat(referential.arrondissementsOf(CommuneCode.of("13055"))).hasSize(16);
    assertThat(referential.arrondissementsOf(CommuneCode.of("34301"))).isEmpty();
  }

  @Test
  void corsica() {
    Commune ajaccio = referential.commune(CommuneCode.of("2A004")).orElseThrow();
    assertThat(ajaccio.name()).isEqualTo("Ajaccio");
    assertThat(ajaccio.departmentCode()).isEqualTo("2A");
    assertThat(ajaccio.regionCode()).isEqualTo("94");
    TerritoryProfile corse = referential.profile(referential.regionTerritory("94"));
    assertThat(corse.communeCount()).isEqualTo(124 + 236);
    assertThat(corse.population()).isEqualTo(168_306L + 187_180L);
    assertThat(corse.departments()).containsExactly("2A", "2B");
    assertThat(referential.region("94")).contains(new Region("94", "Corse"));
  }

  @Test
  void overseas_department_and_collectivity() {
    Commune abymes = referential.commune(CommuneCode.of("97101")).orElseThrow();
    assertThat(abymes.departmentCode()).isEqualTo("971");
    assertThat(abymes.regionCode()).isEqualTo("01");
    assertThat(referential.profile(referential.departmentTerritory("971")).population()).isEqualTo(384_160L);
    Commune papeete = referential.commune(CommuneCode.of("98735")).orElseThrow();
    assertThat(papeete.name()).isEqualTo("Papeete");
    assertThat(papeete.departmentCode()).isEqualTo("987");
    assertThat(papeete.regionCode()).isEqualTo("987");
    assertThat(papeete.epci()).isNull();
    assertThat(papeete.population()).isEqualTo(26_654L);
  }

  @Test
  void uninhabited_territories_have_population_zero() {
    assertThat(referential.commune(CommuneCode.of("98901")).orElseThrow().population()).isZero();
    assertThat(referential.profile(referential.departmentTerritory("984")).population()).isZero();
  }

  @Test
  void a_territory_across_two_regions() {
    TerritoryProfile profile = referential.profile(Territory.parse("34301", "75113", "2A004"));
    assertThat(profile.departments()).containsExactly("2A", "34", "75");
    assertThat(profile.regions()).containsExactly("11", "76", "94");
    assertThat(profile.population()).isEqualTo(45_337L + 181_271L + 76_320L);
  }
}
