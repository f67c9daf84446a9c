package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import org.apiguardian.api.API;

/**
 * The ACI rules cannot answer: no version in force at a date, versions that overlap or leave a gap,
 * malformed rule data, a contract year out of range. The {@link #code()} says which (CPTS-04xx to 06xx).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AciRulesException extends CptsException {

  private static final long serialVersionUID = 1L;

  /**
   * @param code the code, CPTS-0400..0699
   * @param message what was wrong and what is expected (the code is prefixed)
   */
  public AciRulesException(String code, String message) {
    super(code, message);
  }

  /**
   * @param code the code, CPTS-0400..0699
   * @param message what was wrong and what is expected (the code is prefixed)
   * @param cause the underlying failure
   */
  public AciRulesException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
