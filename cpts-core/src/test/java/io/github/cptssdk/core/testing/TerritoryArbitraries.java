package io.github.cptssdk.core.testing;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Department;
import io.github.cptssdk.core.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * jqwik generators of territories made of real communes of the bundled referential
 * ({@link CommuneReferential#official()}), shared with other modules through the cpts-core test-jar.
 */
public final class TerritoryArbitraries {

  private static final int MAX_SIZE = 60;

  private TerritoryArbitraries() {}

  /** @return the bundled referential (loaded once) */
  public static CommuneReferential referential() {
    return CommuneReferential.official();
  }

  /** @return a real current commune (not an arrondissement municipal) */
  public static Arbitrary<Commune> communes() {
    return Arbitraries.of(referential().communes());
  }

  /**
   * @return a current commune, an arrondissement municipal, or one of Paris, Lyon, Marseille (weighted so
   *     that a territory of a few dozen communes often holds a city together with some of its arrondissements)
   */
  public static Arbitrary<Commune> communesOrArrondissements() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, communes()),
        Tuple.of(1, Arbitraries.of(referential().municipalArrondissements())),
        Tuple.of(1, Arbitraries.of(cities())));
  }

  /** @return Paris, Lyon and Marseille (the communes that have arrondissements municipaux) */
  public static List<Commune> cities() {
    return referential().municipalArrondissements().stream()
        .map(a -> referential().commune(Objects.requireNonNull(a.parent())).orElseThrow())
        .distinct().toList();
  }

  /** @return a random set of real current communes, possibly empty */
  public static Arbitrary<Territory> territories() {
    return territoriesOf(communes());
  }

  /** @return a random set of real communes that may mix Paris, Lyon, Marseille and their arrondissements */
  public static Arbitrary<Territory> territoriesWithArrondissements() {
    return territoriesOf(communesOrArrondissements());
  }

  /** @return a random non-empty set of communes of one department */
  public static Arbitrary<Territory> territoriesOfOneDepartment() {
    return departments().flatMap(d -> {
      List<CommuneCode> codes = referential().departmentTerritory(d.code()).communes().stream().toList();
      return Arbitraries.of(codes).set().ofMinSize(1).ofMaxSize(Math.min(MAX_SIZE, codes.size())).map(Territory::of);
    });
  }

  /** @return a department of the referential */
  public static Arbitrary<Department> departments() {
    return Arbitraries.of(referential().departments());
  }

  /** @return two territories of current communes with no commune in common (either may be empty) */
  public static Arbitrary<Tuple2<Territory, Territory>> disjointPairs() {
    Arbitrary<List<Commune>> distinct = communes().list().uniqueElements().ofMaxSize(MAX_SIZE);
    return distinct.flatMap(list -> Arbitraries.integers().between(0, list.size()).map(cut -> split(list, cut)));
  }

  /** @return two territories of one department that may overlap */
  public static Arbitrary<Tuple2<Territory, Territory>> pairsOfOneDepartment() {
    return departments().flatMap(d -> {
      List<CommuneCode> codes = referential().departmentTerritory(d.code()).communes().stream().toList();
      Arbitrary<Territory> t = Arbitraries.of(codes).set().ofMaxSize(Math.min(MAX_SIZE, codes.size())).map(Territory::of);
      return Combinators.combine(t, t).as(Tuple::of);
    });
  }

  private static Arbitrary<Territory> territoriesOf(Arbitrary<Commune> communes) {
    return communes.map(Commune::code).set().ofMaxSize(MAX_SIZE).map(Territory::of);
  }

  private static Tuple2<Territory, Territory> split(List<Commune> communes, int cut) {
    List<CommuneCode> codes = new ArrayList<>(communes.size());
    communes.forEach(c -> codes.add(c.code()));
    return Tuple.of(Territory.of(codes.subList(0, cut)), Territory.of(codes.subList(cut, codes.size())));
  }
}
