package io.github.cptssdk.registries;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What a registry reader did. Immutable.
 *
 * @param rows data rows read (the header excluded; for JSON, the sites)
 * @param accepted rows accepted and handed to the sink
 * @param rejectedByCode rows skipped, by error code (only with {@link OnError#SKIP}), sorted
 * @param unplaced accepted rows whose practice commune is empty and could not be resolved unambiguously
 *     from the postal code (their commune is null)
 * @param encoding the text encoding found
 * @param windows1252Rows rows read as Windows-1252
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReadSummary(long rows, long accepted, Map<String, Long> rejectedByCode, long unplaced,
    TextEncoding encoding, long windows1252Rows) {

  /**
   * Copies the map, sorted and unmodifiable.
   *
   * @param rows data rows read
   * @param accepted rows accepted
   * @param rejectedByCode rows skipped, by error code
   * @param unplaced accepted rows with no commune
   * @param encoding the encoding found
   * @param windows1252Rows rows read as Windows-1252
   * @throws NullPointerException if a map or the encoding is null
   * @throws IllegalArgumentException if a count is negative or more rows were accepted than read
   */
  public ReadSummary {
    Objects.requireNonNull(encoding, "encoding");
    rejectedByCode = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(rejectedByCode, "rejectedByCode")));
    if (rows < 0 || accepted < 0 || accepted > rows || unplaced < 0 || windows1252Rows < 0) {
      throw new IllegalArgumentException("counts must be non-negative and accepted <= rows");
    }
  }

  /** @return the number of rows skipped */
  public long rejected() {
    return rows - accepted;
  }
}
