package io.github.cptssdk.registries.supply;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.Territory;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The supply of care of a territory, from the Annuaire Santé and FINESS: distinct professionals by
 * profession, general practitioners by the DREES definition, densities per 10,000 inhabitants, open
 * structures by category. Immutable. Computed by {@link Supply}.
 *
 * @param territory the territory
 * @param population its population (referential)
 * @param generalPractitioners distinct general practitioners (profession 10, savoir-faire SM26, SM53 or SM54)
 * @param generalPractitionersPer10000 their density, null without population
 * @param professions by TRE_G15 code, sorted by code
 * @param structures open FINESS sites by TRE_R66 category, sorted by code
 * @param communeCounts distinct professionals per commune (as published) and profession code, sorted
 * @param generalPractitionerSites every general practitioner with each commune where he practises, sorted
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SupplyOfCare(Territory territory, long population, long generalPractitioners,
    @Nullable Double generalPractitionersPer10000, List<ProfessionSupply> professions, List<StructureCount> structures,
    Map<CommuneCode, Map<String, Long>> communeCounts, List<GeneralPractitioner> generalPractitionerSites) {

  /**
   * Copies the collections.
   *
   * @param territory the territory
   * @param population the population
   * @param generalPractitioners the GP count
   * @param generalPractitionersPer10000 the GP density, or null
   * @param professions the professions
   * @param structures the structures
   * @param communeCounts the per-commune counts
   * @param generalPractitionerSites the GPs and their communes
   */
  public SupplyOfCare {
    Objects.requireNonNull(territory, "territory");
    professions = List.copyOf(professions);
    structures = List.copyOf(structures);
    Map<CommuneCode, Map<String, Long>> copy = new TreeMap<>();
    communeCounts.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
    communeCounts = Collections.unmodifiableMap(copy);
    generalPractitionerSites = List.copyOf(generalPractitionerSites);
  }

  /** @return the density per 10,000 of a count on a population, rounded to 2 decimals; null without population */
  static @Nullable Double per10000(long count, long population) {
    return population <= 0 ? null : Math.round(count * 1_000_000.0 / population) / 100.0;
  }
}
