package io.github.cptssdk.registries;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.TabularInputException;
import io.github.cptssdk.registries.internal.RegistryMessages;
import org.apiguardian.api.API;

/**
 * Bad registry input ({@code CPTS-1000..1099}): names the row (the header is row 1; for JSON, the line)
 * and the column (or JSON path), never a value of the row ({@link #row()} and {@link #column()} of the
 * shared {@link TabularInputException}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RegistryException extends TabularInputException {
  private static final long serialVersionUID = 1L;

  /**
   * An error of one row: the message names the row and the column.
   *
   * @param code the error code
   * @param row the row number (header = 1)
   * @param column the column name, or empty
   */
  public RegistryException(String code, long row, String column) {
    super(code, RegistryMessages.get().english(code, row, column), row, column);
  }

  private RegistryException(String code, Object[] args) {
    super(code, RegistryMessages.get().english(code, args), 0, "");
  }

  /**
   * An error not tied to a row (a header, a file, a parameter).
   *
   * @param code the error code
   * @param args fill the message (names, never values of a row)
   * @return the exception
   */
  public static RegistryException of(String code, Object... args) {
    return new RegistryException(code, args);
  }
}
