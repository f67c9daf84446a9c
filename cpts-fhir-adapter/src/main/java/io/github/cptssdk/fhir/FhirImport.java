package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.validation.ValidationReport;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The result of importing a FHIR bundle: the CPTS read, the import report (what was skipped or guessed,
 * with its FHIRPath in the bundle, codes {@code CPTS-08xx}), and the territory facts found in the
 * bundle that the model does not hold. Immutable.
 *
 * @param cpts the CPTS read from the bundle
 * @param report the import findings; {@linkplain ValidationReport#isValid() valid} if nothing was lost
 * @param population the population extension of the territory, if present
 * @param sizeBand the size-band extension of the territory, if present
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FhirImport(Cpts cpts, ValidationReport report, @Nullable Long population, @Nullable SizeBand sizeBand) {

  /**
   * Checks the components.
   *
   * @param cpts the CPTS read from the bundle
   * @param report the import findings
   * @param population the population extension of the territory, or null
   * @param sizeBand the size-band extension of the territory, or null
   * @throws NullPointerException if {@code cpts} or {@code report} is null
   */
  public FhirImport {
    Objects.requireNonNull(cpts, "cpts");
    Objects.requireNonNull(report, "report");
  }
}
