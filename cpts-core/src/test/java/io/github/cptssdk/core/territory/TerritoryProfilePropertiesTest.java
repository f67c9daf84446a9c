package io.github.cptssdk.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.territory.internal.CoverageAnalysis;
import io.github.cptssdk.core.testing.TerritoryArbitraries;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

class TerritoryProfilePropertiesTest {

  private final CommuneReferential referential = CommuneReferential.official();

  @Property(tries = 200)
  void population_is_additive_over_disjoint_unions(@ForAll("disjointPairs") Tuple2<Territory, Territory> pair) {
    long a = referential.profile(pair.get1()).population();
    long b = referential.profile(pair.get2()).population();
    assertThat(referential.profile(pair.get1().union(pair.get2())).population()).isEqualTo(a + b);
  }

  @Property(tries = 200)
  void departments_and_regions_of_a_union_are_the_union(@ForAll("territoriesWithArrondissements") Territory a,
      @ForAll("territoriesWithArrondissements") Territory b) {
    TerritoryProfile pa = referential.profile(a);
    TerritoryProfile pb = referential.profile(b);
    TerritoryProfile union = referential.profile(a.union(b));
    TreeSet<String> departments = new TreeSet<>(pa.departments());
    departments.addAll(pb.departments());
    TreeSet<String> regions = new TreeSet<>(pa.regions());
    regions.addAll(pb.regions());
    assertThat(union.departments()).isEqualTo(departments);
    assertThat(union.regions()).isEqualTo(regions);
  }

  @Property(tries = 200)
  void population_of_a_union_never_exceeds_the_sum(@ForAll("territoriesWithArrondissements") Territory a,
      @ForAll("territoriesWithArrondissements") Territory b) {
    long union = referential.profile(a.union(b)).population();
    assertThat(union).isLessThanOrEqualTo(referential.profile(a).population() + referential.profile(b).population());
    assertThat(union).isGreaterThanOrEqualTo(Math.max(referential.profile(a).population(),
        referential.profile(b).population()));
  }

  @Property(tries = 200)
  void population_is_the_same_counted_by_arrondissement(@ForAll("territoriesWithArrondissements") Territory t) {
    Territory byArrondissement = CoverageAnalysis.expand(referential, t);
    assertThat(referential.profile(t).population()).isEqualTo(referential.profile(byArrondissement).population());
    boolean cityWithArrondissement = t.communes().stream()
        .anyMatch(c -> c.parentCityCode() != null && t.contains(c.parentCityCode()));
    Statistics.label("city with one of its arrondissements").collect(cityWithArrondissement);
  }

  @Property(tries = 200)
  @StatisticsReport(onFailureOnly = true)
  void the_generator_mixes_cities_and_their_arrondissements(@ForAll("territoriesWithArrondissements") Territory t) {
    boolean mixed = t.communes().stream().anyMatch(c -> c.parentCityCode() != null && t.contains(c.parentCityCode()));
    Statistics.label("mixed").collect(mixed);
    Statistics.label("mixed").coverage(c -> c.check(true).percentage(p -> p > 5.0));
  }

  @Property(tries = 200)
  void every_code_is_either_counted_or_unknown(@ForAll("territoriesWithArrondissements") Territory t) {
    TerritoryProfile p = referential.profile(t);
    assertThat(p.communeCount() + p.unknownCodes().size()).isEqualTo(t.size());
    assertThat(p.isComplete()).isTrue();
  }

  @Property(tries = 100)
  void a_territory_of_one_department_touches_one_department_and_one_region(
      @ForAll("territoriesOfOneDepartment") Territory t) {
    TerritoryProfile p = referential.profile(t);
    assertThat(p.departments()).hasSize(1);
    assertThat(p.regions()).containsExactly(referential.department(p.departments().first()).orElseThrow().regionCode());
    assertThat(p.population()).isLessThanOrEqualTo(
        referential.profile(referential.departmentTerritory(p.departments().first())).population());
  }

  @Provide
  Arbitrary<Tuple2<Territory, Territory>> disjointPairs() {
    return TerritoryArbitraries.disjointPairs();
  }

  @Provide
  Arbitrary<Territory> territoriesWithArrondissements() {
    return TerritoryArbitraries.territoriesWithArrondissements();
  }

  @Provide
  Arbitrary<Territory> territoriesOfOneDepartment() {
    return TerritoryArbitraries.territoriesOfOneDepartment();
  }
}
