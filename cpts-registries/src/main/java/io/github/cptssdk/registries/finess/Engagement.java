package io.github.cptssdk.registries.finess;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An engagement of a FINESS+ structure ({@code engagement[]}): for a CPTS, type {@code ACI} (TRE_R395:
 * the tripartite CPTS/AM/ARS contract).
 *
 * @param type the {@code typeEngagement} (e.g. {@code CONV}, {@code ARRT}, {@code ACI})
 * @param subType the {@code sousTypeEngagement}, or empty
 * @param effective the {@code dateEffetEngagement}, if any
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Engagement(String type, String subType, @Nullable LocalDate effective) {

  /**
   * @param type the type
   * @param subType the sub-type, or empty
   * @param effective the effective date, or null
   */
  public Engagement {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subType, "subType");
  }
}
