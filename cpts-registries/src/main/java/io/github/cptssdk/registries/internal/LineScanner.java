package io.github.cptssdk.registries.internal;

import io.github.cptssdk.core.internal.text.ByteScanner;
import io.github.cptssdk.core.internal.text.ScanException;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.RegistryLimits;
import java.io.InputStream;

/**
 * The line scanner of separated registry files without quoting (the Annuaire Santé extraction): the shared
 * {@link ByteScanner} with one separator byte, no quoting, LF or CRLF line ends, a UTF-8 BOM at the start
 * skipped, empty lines skipped, and the limits of {@link RegistryLimits}. Field bytes are exposed in place,
 * valid until the next {@link #next()}. Not thread-safe.
 */
public final class LineScanner extends ByteScanner {

  private final RegistryLimits limits;
  private final String source;

  /**
   * @param in the bytes (not closed)
   * @param separator the field separator
   * @param limits the resource limits
   */
  public LineScanner(InputStream in, byte separator, RegistryLimits limits) {
    this(in, separator, limits, RegistryFiles.STREAM);
  }

  /**
   * @param in the bytes (not closed)
   * @param separator the field separator
   * @param limits the resource limits
   * @param source the file name, for CPTS-1042 (never a path nor content)
   */
  public LineScanner(InputStream in, byte separator, RegistryLimits limits, String source) {
    this(in, 0, separator, limits, source);
  }

  /**
   * A scanner of a file, or of one range of it ({@code FileRanges}).
   *
   * @param in the bytes, from {@code offset} on (not closed)
   * @param offset the offset in the file of the first byte of {@code in}
   * @param separator the field separator
   * @param limits the resource limits
   * @param source the file name, for CPTS-1042 (never a path nor content)
   */
  public LineScanner(InputStream in, long offset, byte separator, RegistryLimits limits, String source) {
    super(in, offset, separator, false, true, limits.maxRecordBytes());
    this.limits = limits;
    this.source = source;
  }

  /**
   * Moves to the next non-empty line.
   *
   * @return false at the end of the input
   * @throws RegistryException CPTS-1012 for a line longer than the limit, CPTS-1013 for too many rows,
   *     CPTS-1042 if the input cannot be read
   */
  @Override
  public boolean next() {
    return next(limits.maxRows(), this::translate, row -> new RegistryException("CPTS-1013", row, ""));
  }

  /**
   * Moves to the next non-empty line without the row limit, for the ranges of a parallel read (the reader
   * checks the limit on the rows of the whole file).
   *
   * @return false at the end of the input or of the range
   * @throws ScanException for a line too long or an unreadable input
   */
  public boolean nextInRange() {
    return super.next();
  }

  private RegistryException translate(ScanException e) {
    return e.kind() == ScanException.Kind.UNREADABLE ? RegistryFiles.unreadable(source)
        : new RegistryException("CPTS-1012", e.record(), "");
  }
}
