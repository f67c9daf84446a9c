package io.github.cptssdk.indicators.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.TabularInputException;
import io.github.cptssdk.indicators.internal.IndicatorMessages;
import org.apiguardian.api.API;

/**
 * A bad row or header in a CSV input ({@code CPTS-0700..0719}): names the row (the header is row 1)
 * and the column, never the value ({@link #row()} and {@link #column()} of the shared
 * {@link TabularInputException}; the messages are the indicators' bundle's).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CsvInputException extends TabularInputException {
  private static final long serialVersionUID = 1L;

  /**
   * @param code the error code
   * @param row the row number (header = 1)
   * @param column the column name, or empty
   */
  public CsvInputException(String code, long row, String column) {
    super(code, IndicatorMessages.get().english(code, row, column), row, column);
  }

  /** For header errors: {@code args} fill the message; the first, if any, is the column name. */
  private CsvInputException(String code, Object... args) {
    super(code, IndicatorMessages.get().english(code, args), 1, args.length > 0 ? String.valueOf(args[0]) : "");
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
    super("CPTS-0713", IndicatorMessages.get().english("CPTS-0713", source), 0, "");
  }
}
