package io.github.cptssdk.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link CommuneReferential#builder}: the same indexes and the same profile rule as the official referential. */
class InMemoryReferentialTest {

  private static final CommuneReferential OFFICIAL = CommuneReferential.official();
  private static final List<String> CODES = List.of("75056", "75101", "75120", "69123", "69381", "13055", "13201",
      "34301", "34108", "34172", "2A004", "97411", "34999", "75199");

  /** Paris, Lyon, Marseille with their arrondissements, plus Hérault: rows copied from the official referential. */
  private static final CommuneReferential COPY = CommuneReferential.of("copy", rows());

  private static List<Commune> rows() {
    List<Commune> rows = new ArrayList<>(OFFICIAL.departmentTerritory("34").communes().stream()
        .map(c -> OFFICIAL.commune(c).orElseThrow()).toList());
    for (String city : List.of("75056", "69123", "13055")) {
      rows.add(OFFICIAL.commune(CommuneCode.of(city)).orElseThrow());
      rows.addAll(OFFICIAL.arrondissementsOf(CommuneCode.of(city)));
    }
    rows.add(OFFICIAL.commune(CommuneCode.of("2A004")).orElseThrow());
    rows.add(OFFICIAL.commune(CommuneCode.of("97411")).orElseThrow());
    return rows;
  }

  @Property(tries = 200)
  void profilesAreThoseOfTheOfficialReferential(@ForAll("territories") Territory territory) {
    assertThat(COPY.profile(territory)).isEqualTo(OFFICIAL.profile(territory));
  }

  @Provide
  Arbitrary<Territory> territories() {
    return Arbitraries.of(CODES).list().ofMinSize(1).ofMaxSize(8).uniqueElements().map(l -> Territory.parse(l.toArray(String[]::new)));
  }

  @Test
  void derivesDepartmentsRegionsEpciAndArrondissements() {
    assertThat(COPY.departmentTerritory("34")).isEqualTo(OFFICIAL.departmentTerritory("34"));
    assertThat(COPY.arrondissementsOf(CommuneCode.of("13055"))).isEqualTo(OFFICIAL.arrondissementsOf(CommuneCode.of("13055")));
    assertThat(COPY.municipalArrondissements()).hasSize(45);
    assertThat(COPY.department("34")).contains(new Department("34", "34", "76"));
    assertThat(COPY.region("76")).contains(new Region("76", "76"));
    EpciCode sete = EpciCode.parse("243400769");
    assertThat(COPY.epciTerritory(sete)).isEqualTo(OFFICIAL.epciTerritory(sete));
    assertThatThrownBy(() -> COPY.regionTerritory("53")).isInstanceOf(UnknownTerritoryException.class);
  }

  @Test
  void namesAndArrondissementsWithoutTheirCity() {
    Commune arrondissement = new Commune(CommuneCode.of("75101"), "Paris 1er", Commune.Kind.MUNICIPAL_ARRONDISSEMENT,
        "75", "11", null, null, 16_000);
    CommuneReferential r = CommuneReferential.builder("t").add(arrondissement).departmentName("75", "Paris")
        .regionName("11", "Île-de-France").build();
    assertThat(r.arrondissementsOf(CommuneCode.of("75056"))).extracting(Commune::code).containsExactly(CommuneCode.of("75101"));
    assertThat(r.department("75").orElseThrow().name()).isEqualTo("Paris");
    assertThat(r.region("11").orElseThrow().name()).isEqualTo("Île-de-France");
    assertThat(r.communes()).isEmpty();
  }
}
