package io.github.cptssdk.core.internal.text;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A failure of a {@link ByteScanner}, which knows neither the file nor the module: the reader translates it
 * into its module's coded exception (the record number is the scanner's own count).
 */
public final class ScanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** A record longer than the scanner's limit. */
    TOO_LONG,
    /** A quoted field not closed before the end of the input. */
    UNTERMINATED_QUOTE,
    /** The input could not be read (the cause is the {@link IOException}). */
    UNREADABLE
  }

  private final Kind kind;
  private final long record;

  ScanException(Kind kind, long record, @Nullable IOException cause) {
    super(kind + " at record " + record, cause, false, false);
    this.kind = kind;
    this.record = record;
  }

  /** @return what went wrong */
  public Kind kind() {
    return kind;
  }

  /** @return the number of the record (the scanner's count, the first being 1) */
  public long record() {
    return record;
  }
}
