package io.github.cptssdk.indicators.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.indicators.IndicatorException;
import org.apiguardian.api.API;

/**
 * A bad row or header in a CSV input ({@code CPTS-0700..0719}): names the row (the header is row 1)
 * and the column, never the value.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CsvInputException extends IndicatorException {
  private static final long serialVersionUID = 1L;

  /** The row number, the header being row 1. */
  private final long row;
  /** The column name, or empty. */
  private final String column;

  /**
   * @param code the error code
   * @param row the row number (header = 1)
   * @param column the column name, or empty
   */
  public CsvInputException(String code, long row, String column) {
    super(code, row, column);
    this.row = row;
    this.column = column;
  }

  /** For header errors: {@code args} fill the message. */
  private CsvInputException(String code, Object... args) {
    super(code, args);
    this.row = 1;
    this.column = args.length > 0 ? String.valueOf(args[0]) : "";
  }

  /**
   * An error of the header (missing or duplicated column, empty input), on row 1.
   *
   * @param code the error code
   * @param args fill the message; the first, if any, is the column name
   * @return the exception
   */
  public static CsvInputException header(String code, Object... args) {
    return new CsvInputException(code, args);
  }

  /**
   * An input that cannot be read (CPTS-0713): a missing file, a directory, a failure while reading.
   *
   * @param source the name of the file (never its content), or {@code stream}
   * @return the exception, on row 0 and without a column
   */
  public static CsvInputException unreadable(String source) {
    return new CsvInputException(source);
  }

  private CsvInputException(String source) {
    super("CPTS-0713", source);
    this.row = 0;
    this.column = "";
  }

  /** @return the row number, the header being row 1 (0 when the error is not tied to a row) */
  public long row() {
    return row;
  }

  /** @return the column name, or empty */
  public String column() {
    return column;
  }
}
