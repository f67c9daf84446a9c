package io.github.cptssdk.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Bad input in a file of rows (a CSV file, a registry extraction), located by its row and column, never by a
 * value of the row: the common base of the readers' exceptions that name a row and a column (cpts-indicators'
 * {@code CsvInputException}, cpts-registries' {@code RegistryException}). Each subclass keeps its own codes and
 * message bundle and gives the message; this base only holds the location.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class TabularInputException extends CptsException {
  private static final long serialVersionUID = 1L;

  /** The row number (the header, or the first line, is row 1), or 0 when the error is not tied to a row. */
  private final long row;
  /** The column name (or JSON path), or empty. */
  private final String column;

  /**
   * @param code stable error code, {@code CPTS-} followed by four digits
   * @param message what was wrong and what is expected (naming the row and column, never a value)
   * @param row the row number (header = 1), or 0 when the error is not tied to a row
   * @param column the column name or JSON path, or empty
   */
  protected TabularInputException(String code, String message, long row, String column) {
    super(code, message);
    this.row = row;
    this.column = Objects.requireNonNull(column, "column");
  }

  /** @return the row number (header = 1), or 0 when the error is not tied to a row */
  public long row() {
    return row;
  }

  /** @return the column name or JSON path, or empty */
  public String column() {
    return column;
  }
}
