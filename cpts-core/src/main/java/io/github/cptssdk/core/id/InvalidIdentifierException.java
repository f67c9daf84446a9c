package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.validation.LocalizedText;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A text is not a valid identifier of the given kind. The message names the kind, the reason (length or
 * characters, check key, range) and what is expected; it never contains the rejected value, which may
 * identify a professional or an organisation.
 *
 * <p>Codes: {@code CPTS-0001} wrong length or characters, {@code CPTS-0002} wrong check key,
 * {@code CPTS-0003} unknown department or out-of-range part. {@link #getMessage()} is in English,
 * {@link #localizedMessage()} gives English and French (bundle
 * {@code io/github/cptssdk/core/id/messages{,_fr}.properties}).
 *
 * <p>Immutable, hence thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidIdentifierException extends CptsException {

  private static final long serialVersionUID = 2L;

  /** Why a text was rejected. */
  public enum Reason {
    /** Wrong length or characters ({@code CPTS-0001}). */
    FORMAT("CPTS-0001"),
    /** The check key does not match ({@code CPTS-0002}). */
    CHECK_KEY("CPTS-0002"),
    /** A part is out of range: department, overseas territory ({@code CPTS-0003}). */
    RANGE("CPTS-0003");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** @return the stable error code of this reason */
    public String code() {
      return code;
    }
  }

  /** The kind of identifier that was expected. */
  private final IdentifierKind kind;
  /** What is wrong with the value. */
  private final Reason reason;

  /**
   * @param kind the kind of identifier that was expected
   * @param reason why the text was rejected
   * @throws NullPointerException if an argument is null (naming it)
   */
  public InvalidIdentifierException(IdentifierKind kind, Reason reason) {
    super(Objects.requireNonNull(reason, "reason").code(),
        IdMessages.invalid(reason, Objects.requireNonNull(kind, "kind")).en());
    this.kind = kind;
    this.reason = reason;
  }

  /** @return the kind of identifier that was expected */
  public IdentifierKind kind() {
    return kind;
  }

  /** @return why the text was rejected */
  public Reason reason() {
    return reason;
  }

  /** @return the message in English and French, without the code prefix (see {@link #code()}) */
  public LocalizedText localizedMessage() {
    return IdMessages.invalid(reason, kind);
  }
}
