package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.desk.internal.DeskMessages;
import org.apiguardian.api.API;

/**
 * Bad input of the desk (codes {@code CPTS-1300..1399}): an illegal step, an invalid value, a bad row or JSON
 * field. Messages name steps, kinds, rows, columns and JSON paths, never a request id, a date of a request,
 * an RPPS number nor a count.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class DeskException extends CptsException {
  private static final long serialVersionUID = 1L;

  /**
   * @param code the code, whose English message in the bundle is used
   * @param args the message arguments (kinds, positions, steps; never request data)
   */
  public DeskException(String code, Object... args) {
    super(code, DeskMessages.get().english(code, args));
  }
}
