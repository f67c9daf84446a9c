package io.github.cptssdk.core.territory;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.CommuneCode;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A territory resolved against a referential.
 *
 * @param territory the territory as given
 * @param population total population; a city and its arrondissements municipaux are counted once
 * @param communeCount number of known communes and arrondissements in the territory
 * @param departments codes of the departments touched
 * @param regions codes of the regions touched
 * @param unknownCodes codes of the territory absent from the referential (obsolete or wrong): never
 *     silently dropped
 */
@API(status = STABLE, since = "0.1")
public record TerritoryProfile(
    Territory territory,
    long population,
    int communeCount,
    SortedSet<String> departments,
    SortedSet<String> regions,
    SortedSet<CommuneCode> unknownCodes) {

  /**
   * Copies the sets; see the type for the components.
   *
   * @param territory the territory
   * @param population the population
   * @param communeCount the number of known communes
   * @param departments the department codes
   * @param regions the region codes
   * @param unknownCodes the unknown codes
   */
  public TerritoryProfile {
    Objects.requireNonNull(territory, "territory");
    departments = Collections.unmodifiableSortedSet(new TreeSet<>(departments));
    regions = Collections.unmodifiableSortedSet(new TreeSet<>(regions));
    unknownCodes = Collections.unmodifiableSortedSet(new TreeSet<>(unknownCodes));
  }

  /** @return true if every code is known */
  public boolean isComplete() {
    return unknownCodes.isEmpty();
  }
}
