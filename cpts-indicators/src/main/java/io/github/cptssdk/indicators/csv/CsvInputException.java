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

  /** @return the row number, the header being row 1 */
  public long row() {
    return row;
  }

  /** @return the column name, or empty */
  public String column() {
    return column;
  }
}
