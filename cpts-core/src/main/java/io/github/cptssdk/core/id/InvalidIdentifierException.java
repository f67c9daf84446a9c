package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.CptsException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A text is not a valid identifier of the given kind. The message names the kind, the reason (length,
 * characters, check key) and what is expected; it never contains the rejected value, which may identify
 * a professional.
 *
 * <p>Codes: {@code CPTS-0001} wrong length or characters, {@code CPTS-0002} wrong check key,
 * {@code CPTS-0003} unknown department or out-of-range part.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidIdentifierException extends CptsException {

  private static final long serialVersionUID = 1L;

  /** Why a text was rejected. */
  public enum Reason {
    /** Wrong length or characters. */
    FORMAT("CPTS-0001", "wrong format"),
    /** The check key does not match. */
    CHECK_KEY("CPTS-0002", "wrong check key"),
    /** A part is out of range (department, arrondissement...). */
    RANGE("CPTS-0003", "a part is out of range");

    private final String code;
    private final String text;

    Reason(String code, String text) {
      this.code = code;
      this.text = text;
    }

    public String code() {
      return code;
    }
  }

  private final IdentifierKind kind;
  private final Reason reason;

  public InvalidIdentifierException(IdentifierKind kind, Reason reason) {
    super(Objects.requireNonNull(reason, "reason").code,
        "invalid " + Objects.requireNonNull(kind, "kind").english() + " (" + reason.text + "): expected " + kind.expected());
    this.kind = kind;
    this.reason = reason;
  }

  public IdentifierKind kind() {
    return kind;
  }

  public Reason reason() {
    return reason;
  }
}
