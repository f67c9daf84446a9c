package io.github.cptssdk.registries.supply;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The professionals of one profession practising on a territory.
 *
 * @param code the TRE_G15 profession code
 * @param label its TRE_G15 label, or empty if unknown
 * @param professionals distinct professionals
 * @param liberal distinct professionals with a libéral activity on the territory
 * @param salaried distinct professionals with a salarié activity on the territory (one person may be both)
 * @param per10000 professionals per 10,000 inhabitants; null when the territory has no population
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProfessionSupply(String code, String label, long professionals, long liberal, long salaried,
    @Nullable Double per10000) {

  /**
   * @param code the code
   * @param label the label
   * @param professionals the count
   * @param liberal the libéral count
   * @param salaried the salarié count
   * @param per10000 the density, or null
   * @throws IllegalArgumentException if a count is negative or a mode count exceeds the total
   */
  public ProfessionSupply {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    if (professionals < 0 || liberal < 0 || salaried < 0 || liberal > professionals || salaried > professionals) {
      throw new IllegalArgumentException("counts must be non-negative and each mode at most the total");
    }
  }
}
