package io.github.cptssdk.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Root of every exception thrown by cpts-sdk for bad input or an unmet precondition of the domain.
 *
 * <p>Every instance carries a stable {@linkplain #code() code} ({@code CPTS-0042}) that never changes
 * meaning between releases, and a message that starts with that code, names what was wrong (field,
 * identifier kind, row and column, JSON path) and what was expected. Messages never contain the data of
 * a patient nor an identifier value: only its kind.
 *
 * <p>Caller mistakes that are programming errors (a {@code null} argument) still use
 * {@link NullPointerException} / {@link IllegalArgumentException} with the parameter name.
 */
@API(status = STABLE, since = "0.1")
public class CptsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The stable error code, e.g. {@code CPTS-0042}. */
  private final String code;

  /**
   * @param code stable error code, {@code CPTS-} followed by four digits
   * @param message what was wrong and what is expected (without the code: it is prefixed)
   */
  public CptsException(String code, String message) {
    this(code, message, null);
  }

  /**
   * @param code stable error code, {@code CPTS-} followed by four digits
   * @param message what was wrong and what is expected (without the code: it is prefixed)
   * @param cause the underlying cause, or {@code null}
   */
  public CptsException(String code, String message, Throwable cause) {
    super(Objects.requireNonNull(code, "code") + ": " + Objects.requireNonNull(message, "message"), cause);
    if (!code.matches("CPTS-\\d{4}")) {
      throw new IllegalArgumentException("code must look like CPTS-0000, was [" + code + "]");
    }
    this.code = code;
  }

  /** @return the stable error code, for example {@code CPTS-0042} */
  public String code() {
    return code;
  }
}
