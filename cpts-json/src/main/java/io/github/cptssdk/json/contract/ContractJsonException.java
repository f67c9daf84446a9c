package io.github.cptssdk.json.contract;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import org.apiguardian.api.API;

/**
 * A contract or results JSON document that cannot be read: malformed JSON (CPTS-0650), a missing field
 * (CPTS-0651), a value of the wrong kind (CPTS-0652), an unknown field (CPTS-0653), an unsupported schema
 * (CPTS-0654). {@link #path()} is the JSON path of the offending field; the message names the kind
 * expected, never the value read.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContractJsonException extends CptsException {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending field. */
  private final String path;

  /**
   * @param code the code, CPTS-0650..0654 or CPTS-0302..0306
   * @param path the JSON path of the offending field, {@code $} for the whole document
   * @param message what was wrong and what is expected, never the value read
   */
  public ContractJsonException(String code, String path, String message) {
    super(code, message);
    this.path = path;
  }

  /** @return the JSON path, e.g. {@code $.missions[0].indicators[2].baseline} */
  public String path() {
    return path;
  }
}
