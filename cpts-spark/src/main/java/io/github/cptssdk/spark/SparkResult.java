package io.github.cptssdk.spark;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.ReadSummary;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a Spark computation gives: the report, and what was read.
 *
 * @param report the report, equal to the in-memory engine's for the same rows
 * @param patients the patient rows read, accepted, and rejected by error code
 * @param events the care-event rows read, accepted, and rejected by error code; null if no events were given
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SparkResult(IndicatorReport report, ReadSummary patients, @Nullable ReadSummary events) {

  /**
   * @param report the report
   * @param patients the summary of the patient rows
   * @param events the summary of the event rows, or null
   */
  public SparkResult {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(patients, "patients");
  }
}
