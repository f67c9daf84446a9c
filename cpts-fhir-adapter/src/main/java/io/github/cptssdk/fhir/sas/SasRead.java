package io.github.cptssdk.fhir.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What was read from FHIR: a value, or none if nothing usable was found, and the report of every
 * element skipped with its FHIRPath. Immutable.
 *
 * @param <T> the value read
 * @param value the value, or null when the input held none
 * @param report what was skipped or lost and why
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SasRead<T>(@Nullable T value, ValidationReport report) {

  /**
   * @throws NullPointerException if the report is null
   *
   * @param value the value
   * @param report the report
   */
  public SasRead {
    Objects.requireNonNull(report, "report");
  }

  /** @return the value, if one was read */
  public Optional<T> result() {
    return Optional.ofNullable(value);
  }
}
