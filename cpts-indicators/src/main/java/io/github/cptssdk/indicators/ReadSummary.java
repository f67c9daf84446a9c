package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What a reader did: data rows read, accepted, and rejected by error code (only with
 * {@link ErrorPolicy#SKIP}). Immutable.
 *
 * @param rows data rows read (the header excluded)
 * @param accepted rows accepted
 * @param rejectedByCode rows skipped, by error code (sorted)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReadSummary(long rows, long accepted, Map<String, Long> rejectedByCode) {

  /**
   * Copies the map, sorted and unmodifiable.
   *
   * @param rows data rows read
   * @param accepted rows accepted
   * @param rejectedByCode rows skipped, by error code
   * @throws NullPointerException if {@code rejectedByCode} is null
   */
  public ReadSummary {
    Objects.requireNonNull(rejectedByCode, "rejectedByCode");
    rejectedByCode = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectedByCode));
  }

  /** @return the number of rows skipped */
  public long rejected() {
    return rows - accepted;
  }
}
