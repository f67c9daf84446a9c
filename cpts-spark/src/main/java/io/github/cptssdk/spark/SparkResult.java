package io.github.cptssdk.spark;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.ReadSummary;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a Spark computation gives: the report, and what was read.
 *
 * @param report the report, equal to the in-memory engine's for the same rows
 * @param patients the rows read, accepted, and rejected by error code
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SparkResult(IndicatorReport report, ReadSummary patients) {

  /**
   * @param report the report
   * @param patients the summary of the patient rows
   */
  public SparkResult {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(patients, "patients");
  }
}
