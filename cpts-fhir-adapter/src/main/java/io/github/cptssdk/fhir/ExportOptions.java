package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.territory.CommuneReferential;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Facts the caller adds to an export that the {@code Cpts} model does not hold: the population of the
 * territory and its ACI size band (written as project extensions on the territory {@code Location}), and
 * a commune referential to name the commune {@code Location}s. Immutable.
 *
 * @param population the population of the territory, or null (not written)
 * @param sizeBand the ACI size band computed by the caller, or null (not written)
 * @param referential where commune names come from, or null ({@code "Commune 34301"})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExportOptions(@Nullable Long population, @Nullable SizeBand sizeBand, @Nullable CommuneReferential referential) {

  private static final ExportOptions NONE = new ExportOptions(null, null, null);

  /**
   * Checks the population.
   *
   * @param population the population of the territory, or null
   * @param sizeBand the ACI size band, or null
   * @param referential where commune names come from, or null
   * @throws IllegalArgumentException if the population is negative or above {@link Integer#MAX_VALUE}
   */
  public ExportOptions {
    if (population != null && (population < 0 || population > Integer.MAX_VALUE)) {
      throw new IllegalArgumentException("population must be between 0 and " + Integer.MAX_VALUE);
    }
  }

  /** @return options that add nothing */
  public static ExportOptions none() {
    return NONE;
  }

  /**
   * A copy with another population.
   *
   * @param newPopulation the population of the territory, or null to write none
   * @return the copy
   * @throws IllegalArgumentException if the population is negative or above {@link Integer#MAX_VALUE}
   */
  public ExportOptions withPopulation(@Nullable Long newPopulation) {
    return new ExportOptions(newPopulation, sizeBand, referential);
  }

  /**
   * A copy with another size band.
   *
   * @param newSizeBand the ACI size band, or null to write none
   * @return the copy
   */
  public ExportOptions withSizeBand(@Nullable SizeBand newSizeBand) {
    return new ExportOptions(population, newSizeBand, referential);
  }

  /**
   * A copy with another commune referential.
   *
   * @param newReferential where commune names come from, or null for {@code "Commune <code>"}
   * @return the copy
   */
  public ExportOptions withReferential(@Nullable CommuneReferential newReferential) {
    return new ExportOptions(population, sizeBand, newReferential);
  }
}
