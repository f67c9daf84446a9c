package io.github.cptssdk.desk.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.desk.DeskException;
import org.apiguardian.api.API;

/**
 * A bad row of a desk CSV file or a bad field of a desk JSON document: names the row (the header is row 1)
 * and column, or the JSON path, never the value.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DeskFormatException extends DeskException {
  private static final long serialVersionUID = 1L;

  /** The row (header = 1), or 0 for a JSON document. */
  private final long row;
  /** The column name or the JSON path. */
  private final String where;

  private DeskFormatException(String code, long row, String where, Object... args) {
    super(code, args);
    this.row = row;
    this.where = where;
  }

  /**
   * @param code the code (CPTS-1320..1339)
   * @param row the row, the header being row 1
   * @param column the column name, or empty
   * @param more further message arguments
   * @return the exception
   */
  public static DeskFormatException row(String code, long row, String column, Object... more) {
    Object[] args = new Object[2 + more.length];
    args[0] = row;
    args[1] = column;
    System.arraycopy(more, 0, args, 2, more.length);
    return new DeskFormatException(code, row, column, args);
  }

  /**
   * @param code the code (CPTS-1340..1349)
   * @param path the JSON path
   * @param more further message arguments
   * @return the exception
   */
  public static DeskFormatException path(String code, String path, Object... more) {
    Object[] args = new Object[1 + more.length];
    args[0] = path;
    System.arraycopy(more, 0, args, 1, more.length);
    return new DeskFormatException(code, 0, path, args);
  }

  /** @return the row (the header is row 1), or 0 for a JSON document */
  public long row() {
    return row;
  }

  /** @return the column name, or the JSON path */
  public String where() {
    return where;
  }
}
