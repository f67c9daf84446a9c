package io.github.cptssdk.core.territory;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.internal.CoverageAnalysis;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * How several CPTS cover a scope (a department, a region or any territory): the communes claimed by two
 * or more of them (overlaps) and the communes of the scope that none of them covers (white zones).
 *
 * <p>Paris, Lyon and Marseille are analysed at the level of their arrondissements municipaux: a city in a
 * territory or in the scope stands for all its arrondissements, so a CPTS covering Paris 13e leaves the
 * other 19 arrondissements of a Paris scope white, and every population adds up without double counting.
 * Immutable and thread-safe.
 *
 * @param scope the scope as given
 * @param territories the territory of each CPTS, by name
 * @param overlaps the communes claimed by two or more CPTS, sorted by commune code
 * @param covered the communes (arrondissements for Paris, Lyon, Marseille) of the scope claimed by a CPTS
 * @param coveredPopulation population of {@code covered}
 * @param whiteZones the communes (arrondissements for Paris, Lyon, Marseille) of the scope no CPTS claims
 * @param whiteZonePopulation population of {@code whiteZones}
 * @param unknownCodes codes of the scope or of a territory absent from the referential
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TerritoryCoverage(
    Territory scope,
    SortedMap<String, Territory> territories,
    List<Overlap> overlaps,
    Territory covered,
    long coveredPopulation,
    Territory whiteZones,
    long whiteZonePopulation,
    SortedSet<CommuneCode> unknownCodes) {

  /**
   * Copies the collections; see the type for the components.
   *
   * @param scope the scope
   * @param territories the territories by name
   * @param overlaps the overlaps
   * @param covered the covered communes
   * @param coveredPopulation population of {@code covered}
   * @param whiteZones the uncovered communes
   * @param whiteZonePopulation population of {@code whiteZones}
   * @param unknownCodes the unknown codes
   */
  public TerritoryCoverage {
    Objects.requireNonNull(scope, "scope");
    territories = Collections.unmodifiableSortedMap(new TreeMap<>(territories));
    overlaps = List.copyOf(overlaps);
    Objects.requireNonNull(covered, "covered");
    Objects.requireNonNull(whiteZones, "whiteZones");
    unknownCodes = Collections.unmodifiableSortedSet(new TreeSet<>(unknownCodes));
  }

  /**
   * Analyses the coverage of {@code scope} by the territories of several CPTS.
   *
   * @param referential the referential that knows the communes and their populations
   * @param byName the territory of each CPTS, keyed by a name that identifies it (e.g. its name or id)
   * @param scope the communes that should be covered, e.g. {@code referential.departmentTerritory("34")}
   * @return the overlaps and white zones
   * @throws NullPointerException if an argument, a name or a territory is null
   * @throws IllegalArgumentException if a name is blank
   */
  public static TerritoryCoverage analyse(CommuneReferential referential, Map<String, Territory> byName, Territory scope) {
    return CoverageAnalysis.analyse(referential, byName, scope);
  }

  /** @return true if a commune is claimed by two or more CPTS */
  public boolean hasOverlaps() {
    return !overlaps.isEmpty();
  }

  /** @return the population of the communes claimed by two or more CPTS, each counted once */
  public long overlapPopulation() {
    return overlaps.stream().mapToLong(Overlap::population).sum();
  }

  /**
   * @param name the name of a CPTS, as keyed in {@code territories}
   * @return the overlaps that involve that CPTS, empty if none
   */
  public List<Overlap> overlapsOf(String name) {
    return overlaps.stream().filter(o -> o.cpts().contains(name)).toList();
  }

  /**
   * A commune (or arrondissement municipal) claimed by two or more CPTS.
   *
   * @param commune the commune
   * @param cpts the names of the CPTS that claim it, sorted (at least two)
   * @param population its population (0 if the code is unknown to the referential)
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Overlap(CommuneCode commune, SortedSet<String> cpts, long population) {

    /**
     * @param commune the commune
     * @param cpts the CPTS names (copied)
     * @param population the population
     * @throws IllegalArgumentException if fewer than two CPTS are given
     */
    public Overlap {
      Objects.requireNonNull(commune, "commune");
      cpts = Collections.unmodifiableSortedSet(new TreeSet<>(cpts));
      if (cpts.size() < 2) {
        throw new IllegalArgumentException("an overlap needs at least two CPTS, got " + cpts.size());
      }
      if (population < 0) {
        throw new IllegalArgumentException("population must not be negative");
      }
    }
  }
}
