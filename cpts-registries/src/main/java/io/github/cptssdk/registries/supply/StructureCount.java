package io.github.cptssdk.registries.supply;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The FINESS sites of one category on a territory.
 *
 * @param category the TRE_R66 category code (e.g. {@code 603} maison de santé)
 * @param label its TRE_R66 label, or empty if unknown
 * @param count the number of sites
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StructureCount(String category, String label, long count) {

  /**
   * @param category the code
   * @param label the label
   * @param count the count, not negative
   * @throws IllegalArgumentException if the count is negative
   */
  public StructureCount {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(label, "label");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }
}
