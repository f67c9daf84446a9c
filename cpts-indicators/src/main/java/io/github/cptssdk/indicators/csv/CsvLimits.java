package io.github.cptssdk.indicators.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The resource limits of the CSV readers ({@link PatientCsvReader}, {@link EventCsvReader}), so that a
 * broken or hostile file cannot exhaust memory: the scanner keeps one record in memory, and the patient
 * reader's duplicate check keeps 8 to 16 bytes per row. Each limit is inclusive: a record of exactly
 * {@code maxRecordBytes} bytes is read, one more byte is rejected. Exceeding a limit stops the read under
 * either {@link io.github.cptssdk.indicators.ErrorPolicy} (the rest of the file cannot be trusted): a
 * {@link CsvInputException} with the row number. Immutable and thread-safe.
 *
 * @param maxRecordBytes longest record (one line, or several for a quoted field holding line breaks), in
 *     bytes, line end excluded (default 16 MiB; a patient row is about 100 bytes, but a free-text column may be
 *     long): CPTS-0718
 * @param maxRows most data rows, the header excluded (default 200 000 000, about three times the
 *     population of France): CPTS-0719
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CsvLimits(int maxRecordBytes, long maxRows) {

  /** The default limits: records of 16 MiB, 200 000 000 rows. */
  public static final CsvLimits DEFAULTS = new CsvLimits(16 << 20, 200_000_000L);

  /**
   * Checks the limits.
   *
   * @param maxRecordBytes longest record, in bytes
   * @param maxRows most data rows
   * @throws IllegalArgumentException if a limit is not positive
   */
  public CsvLimits {
    if (maxRecordBytes < 1 || maxRows < 1) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /**
   * These limits with another record length.
   *
   * @param value longest record, in bytes, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the value is not positive
   */
  public CsvLimits withMaxRecordBytes(int value) {
    return new CsvLimits(value, maxRows);
  }

  /**
   * These limits with another row count.
   *
   * @param value most data rows, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the value is not positive
   */
  public CsvLimits withMaxRows(long value) {
    return new CsvLimits(maxRecordBytes, value);
  }
}
