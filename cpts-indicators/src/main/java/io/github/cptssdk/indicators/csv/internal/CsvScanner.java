package io.github.cptssdk.indicators.csv.internal;

import io.github.cptssdk.core.internal.text.ByteScanner;
import io.github.cptssdk.core.internal.text.ScanException;
import io.github.cptssdk.indicators.csv.CsvInputException;
import io.github.cptssdk.indicators.csv.CsvLimits;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Function;

/**
 * The CSV record scanner of the indicators and desk readers: the shared {@link ByteScanner} with commas,
 * RFC 4180 double quotes (quoted fields may hold commas, doubled quotes and line breaks), LF or CRLF line
 * ends, empty lines skipped, and the limits of {@link CsvLimits}. Field bytes are exposed in place: valid
 * until the next call of {@link #next()}. Not thread-safe.
 */
public final class CsvScanner extends ByteScanner {

  private final CsvLimits limits;
  private final String source;
  private final long firstRecord;
  private final Function<String, ? extends RuntimeException> unreadable;

  /** @param in the CSV bytes (not closed), with the default limits */
  public CsvScanner(InputStream in) {
    this(in, CsvLimits.DEFAULTS);
  }

  /**
   * @param in the CSV bytes (not closed)
   * @param limits the resource limits
   */
  public CsvScanner(InputStream in, CsvLimits limits) {
    this(in, limits, CsvFiles.STREAM, 0, 0);
  }

  /**
   * A scanner of a file, or of one range of it.
   *
   * @param in the bytes, from {@code offset} on (not closed)
   * @param limits the resource limits
   * @param source the file name, for CPTS-0713 (never a path nor content)
   * @param offset the offset in the file of the first byte of {@code in}
   * @param firstRecord the number of the records before {@code offset} (0 for a whole file)
   */
  public CsvScanner(InputStream in, CsvLimits limits, String source, long offset, long firstRecord) {
    this(in, limits, source, offset, firstRecord, CsvFiles::unreadable);
  }

  /**
   * A scanner of a stream whose failure is the caller's own coded exception (the desk readers: CPTS-1360 for a file,
   * CPTS-1361 for a stream), instead of the indicators' CPTS-0713.
   *
   * @param in the CSV bytes (not closed)
   * @param limits the resource limits
   * @param unreadable the caller's exception for an input that fails while it is read, given the source name
   */
  public CsvScanner(InputStream in, CsvLimits limits, Function<String, ? extends RuntimeException> unreadable) {
    this(in, limits, CsvFiles.STREAM, 0, 0, unreadable);
  }

  private CsvScanner(InputStream in, CsvLimits limits, String source, long offset, long firstRecord,
      Function<String, ? extends RuntimeException> unreadable) {
    super(in, offset, (byte) ',', true, false, limits.maxRecordBytes());
    this.limits = limits;
    this.source = source;
    this.firstRecord = firstRecord;
    this.unreadable = Objects.requireNonNull(unreadable, "unreadable");
  }

  /** @return the number of the current record in the file, the first being 1 (the header) */
  @Override
  public long record() {
    return firstRecord + super.record();
  }

  /**
   * Moves to the next non-empty record.
   *
   * @return false at the end of the input
   * @throws CsvInputException CPTS-0712 for an unterminated quote, CPTS-0718 for a record longer than
   *     {@link CsvLimits#maxRecordBytes()}, CPTS-0719 for more data rows than {@link CsvLimits#maxRows()},
   *     CPTS-0713 (or the caller's exception) if the input cannot be read
   */
  @Override
  public boolean next() {
    return next(limits.maxRows(), this::translate, row -> new CsvInputException("CPTS-0719", row, ""));
  }

  /**
   * Moves to the next non-empty record without the row limit, for the ranges of a parallel read (the
   * reader checks the limit on the rows of the whole file).
   *
   * @return false at the end of the input or of the range
   * @throws ScanException for a record too long, an unterminated quote or an unreadable input
   */
  public boolean nextInRange() {
    return super.next();
  }

  /**
   * @param e a failure of this scanner
   * @return the coded exception: CPTS-0718, CPTS-0712 with the row in the file, or the unreadable input's (CPTS-0713
   *     unless the caller gave its own)
   */
  public RuntimeException translate(ScanException e) {
    return switch (e.kind()) {
      case TOO_LONG -> new CsvInputException("CPTS-0718", firstRecord + e.record(), "");
      case UNTERMINATED_QUOTE -> new CsvInputException("CPTS-0712", firstRecord + e.record(), "");
      case UNREADABLE -> unreadable.apply(source);
    };
  }
}
