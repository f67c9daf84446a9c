package io.github.cptssdk.desk;

import static io.github.cptssdk.desk.DeskFixtures.AGDE_CITY;
import static io.github.cptssdk.desk.DeskFixtures.CPTS;
import static io.github.cptssdk.desk.DeskFixtures.FRONTIGNAN;
import static io.github.cptssdk.desk.DeskFixtures.MONTPELLIER;
import static io.github.cptssdk.desk.DeskFixtures.PERIOD;
import static io.github.cptssdk.desk.DeskFixtures.SETE_CITY;
import static io.github.cptssdk.desk.DeskFixtures.rpps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link GpCapacity#ofPractitioners}: the GPs of a registry (RPPS, commune) as the desk's capacity. */
class PractitionerCapacityTest {

  private static List<GpCapacity> of(List<Map.Entry<RppsNumber, CommuneCode>> gps, int places) {
    return GpCapacity.ofPractitioners(gps, Map.Entry::getKey, Map.Entry::getValue, CPTS, places, PERIOD);
  }

  @Test
  void oneCapacityPerGpAtItsFirstCommuneOfTheTerritory() {
    List<GpCapacity> c = of(List.of(Map.entry(rpps(2), SETE_CITY), Map.entry(rpps(1), SETE_CITY),
        Map.entry(rpps(1), FRONTIGNAN), Map.entry(rpps(3), MONTPELLIER), Map.entry(rpps(4), MONTPELLIER),
        Map.entry(rpps(4), AGDE_CITY)), 5);
    assertThat(c).extracting(GpCapacity::gp).containsExactly(rpps(1), rpps(2), rpps(4));
    assertThat(c).extracting(GpCapacity::commune).containsExactly(FRONTIGNAN, SETE_CITY, AGDE_CITY);
    assertThat(c).allSatisfy(g -> {
      assertThat(g.newPatients()).isEqualTo(5);
      assertThat(g.validity()).isEqualTo(PERIOD);
      assertThat(g.site()).isEqualTo(g.commune().value());
      assertThat(g.accepts(AgeBand.FROM_70, true)).isTrue();
    });
    assertThat(of(List.of(), 5)).isEmpty();
  }

  @Test
  void placesOutOfRangeAreRefusedWithACode() {
    assertThatThrownBy(() -> of(List.of(Map.entry(rpps(1), SETE_CITY)), -1))
        .isInstanceOfSatisfying(CptsException.class, e -> assertThat(e.code()).isEqualTo("CPTS-1305"));
    assertThatThrownBy(() -> of(List.of(), GpCapacity.MAX_NEW_PATIENTS + 1))
        .isInstanceOfSatisfying(CptsException.class, e -> assertThat(e.code()).isEqualTo("CPTS-1305"));
  }

  @Provide
  Arbitrary<List<Map.Entry<RppsNumber, CommuneCode>>> practitioners() {
    List<CommuneCode> communes = new ArrayList<>(CPTS.communes());
    communes.add(MONTPELLIER);
    return Combinators.combine(Arbitraries.integers().between(1, 15).map(DeskFixtures::rpps), Arbitraries.of(communes))
        .as(Map::entry).list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void neverMoreCapacitiesThanGpsAllInTheTerritoryAndAllUsable(@ForAll("practitioners") List<Map.Entry<RppsNumber,
      CommuneCode>> gps, @ForAll @IntRange(max = 10) int places) {
    List<GpCapacity> c = of(gps, places);
    Set<RppsNumber> distinct = new HashSet<>();
    gps.forEach(e -> distinct.add(e.getKey()));
    assertThat(c.size()).isLessThanOrEqualTo(distinct.size());
    assertThat(c).extracting(GpCapacity::gp).doesNotHaveDuplicates();
    assertThat(c).allSatisfy(g -> assertThat(CPTS.contains(g.commune())).isTrue());
    assertThat(distinct.stream().filter(r -> gps.stream().anyMatch(e -> e.getKey().equals(r)
        && CPTS.contains(e.getValue()))).count()).isEqualTo(c.size());
    List<DeskRequest> requests = List.of(DeskFixtures.request("a", SETE_CITY, 1950, PERIOD.start(), Fragility.ALD),
        DeskFixtures.request("b", AGDE_CITY, 1990, PERIOD.start()));
    MatchResult m = DeskFixtures.MATCHER.match(requests, c, PERIOD);
    assertThat(m.proposals()).hasSize(Math.min(2, places * c.size()));
  }
}
