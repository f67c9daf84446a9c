package io.github.cptssdk.registries.internal;

import io.github.cptssdk.core.internal.text.ByteScanner;
import io.github.cptssdk.core.internal.text.ScanException;
import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.RegistryLimits;
import java.io.InputStream;

/**
 * The line scanner of separated registry files: the shared {@link ByteScanner} with one separator byte, LF or
 * CRLF line ends, a UTF-8 BOM at the start skipped, empty lines skipped, and the limits of
 * {@link RegistryLimits}; without quoting (the Annuaire Santé extraction) or, from {@link #quoted}, with RFC
 * 4180 double quotes (the legacy Etalab FINESS extraction). Field bytes are exposed in place, valid until the
 * next {@link #next()}. Not thread-safe.
 */
public final class LineScanner extends ByteScanner {

  /** The code of a quote not closed before the end of the input (a record without end: CPTS-1051). */
  public static final String UNTERMINATED = "CPTS-1051";

  private final boolean quoting;
  private final byte separator;
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
    this(in, offset, separator, false, limits, source);
  }

  private LineScanner(InputStream in, long offset, byte separator, boolean quoting, RegistryLimits limits,
      String source) {
    super(in, offset, separator, quoting, true, limits.maxRecordBytes());
    this.quoting = quoting;
    this.separator = separator;
    this.limits = limits;
    this.source = source;
  }

  /**
   * A scanner with RFC 4180 double quotes: a field opening with {@code "} may hold separators, doubled quotes
   * and line breaks (see {@link #ignoredSeparators()} for a closing quote followed by other bytes).
   *
   * @param in the bytes (not closed)
   * @param separator the field separator
   * @param limits the resource limits
   * @param source the file name, for CPTS-1042 (never a path nor content)
   * @return the scanner; {@link #next()} throws CPTS-1051 for a quote not closed before the end of the input
   */
  public static LineScanner quoted(InputStream in, byte separator, RegistryLimits limits, String source) {
    return new LineScanner(in, 0, separator, true, limits, source);
  }

  /**
   * The shared scanner ignores the bytes between a closing quote not followed by a separator and the line end
   * ({@code "a"b;c}): the current record's last field is then malformed, and the record had as many more
   * fields as the ignored bytes hold separators.
   *
   * @return the number of separators in the ignored bytes of the current record, or -1 if no byte was ignored
   *     (always -1 without quoting)
   */
  public int ignoredSeparators() {
    int last = fieldCount() - 1;
    int s = start(last);
    byte[] b = bytes();
    if (!quoting || s <= lineStart() || b[s - 1] != '"') {
      return -1; // the last field is not quoted: nothing was ignored
    }
    int close = end(last);
    for (int i = s; i < end(last); i++) {
      close += b[i] == '"' ? 1 : 0; // each quote of the value was doubled in the record
    }
    if (close + 1 >= lineEnd()) {
      return -1;
    }
    int n = 0;
    for (int i = close + 1; i < lineEnd(); i++) {
      n += b[i] == separator ? 1 : 0;
    }
    return n;
  }

  /**
   * Moves to the next non-empty line.
   *
   * @return false at the end of the input
   * @throws RegistryException CPTS-1012 for a line longer than the limit, CPTS-1013 for too many rows,
   *     CPTS-1042 if the input cannot be read, CPTS-1051 (quoted scanner) for a quote not closed before the
   *     end of the input (the record has no end: its fields cannot be counted)
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
    return switch (e.kind()) {
      case UNREADABLE -> RegistryFiles.unreadable(source);
      case TOO_LONG -> new RegistryException("CPTS-1012", e.record(), "");
      case UNTERMINATED_QUOTE -> new RegistryException(UNTERMINATED, e.record(), "record type");
    };
  }
}
