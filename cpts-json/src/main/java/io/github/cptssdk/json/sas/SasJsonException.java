package io.github.cptssdk.json.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import org.apiguardian.api.API;

/**
 * A SAS offer document that cannot be read: malformed JSON ({@code CPTS-1140}, with line and column), a
 * missing field or a value of the wrong kind ({@code CPTS-1141}), an unsupported format ({@code CPTS-1142}),
 * a value the model refuses (its own code, e.g. {@code CPTS-1101}), an unreadable file ({@code CPTS-1143}).
 * {@link #path()} is the JSON path, or {@code row R, column NAME} for the CSV form ({@link SasOfferCsv},
 * {@code CPTS-1144}..{@code 1149}); the message never holds the value read.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SasJsonException extends CptsException {

  private static final long serialVersionUID = 1L;

  /** The JSON path (or CSV row and column) of the offending field. */
  private final String path;

  SasJsonException(String code, String path, String message) {
    super(code, path + ": " + message);
    this.path = path;
  }

  /** @return the JSON path, e.g. {@code $.schedules[0].slots[2].start}, or {@code row 3, column start} */
  public String path() {
    return path;
  }
}
