package io.github.cptssdk.core.internal.text;

import io.github.cptssdk.core.internal.text.ScanException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A record scanner on bytes, the one shared by every separated-values reader: one separator byte, LF or
 * CRLF line ends, empty lines skipped and not counted, and optionally RFC 4180 double quotes (a field
 * opening with {@code "} may hold separators, doubled quotes and line breaks; if its closing quote is not
 * followed by a separator, the bytes up to the line end are ignored) and a UTF-8 BOM skipped at offset 0.
 *
 * <p>Constant memory: one buffer of at most 1 MiB, grown only for a longer record and never beyond about
 * twice {@code maxRecordBytes}. Field bytes are exposed in place (quoted fields unescaped in place), valid
 * until the next {@link #next()}. For parallel reads, a scanner can start at any offset of a file
 * ({@link #skipPastLineFeed()}) and stop before the first record starting at or after an offset
 * ({@link #stopAt(long)}); see {@link FileRanges}. Not thread-safe.
 *
 * <p>Failures are {@link ScanException}s (record too long, unterminated quote, unreadable input) that each
 * reader translates into its module's coded exception.
 */
public class ByteScanner {

  private static final int START = 0;
  private static final int PLAIN = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;
  private static final int AFTER_QUOTED = 4;

  private final InputStream in;
  private final byte separator;
  /** The byte that sends a line to the quoted path: {@code "} if quoting, else the line feed (never reached). */
  private final byte quote;
  private final boolean skipBom;
  private final int maxRecordBytes;
  private byte[] buf;
  /** The offset in the input of {@code buf[0]}. */
  private long base;
  private int pos;
  private int limit;
  private boolean eof;
  private long stop = Long.MAX_VALUE;
  private long record;
  private int count;
  private int lineStart;
  private int lineEnd;
  private boolean highBytes;
  private int[] starts = new int[32];
  private int[] ends = new int[32];

  /**
   * @param in the bytes, read from {@code offset} on (not closed)
   * @param offset the offset in the file of the first byte of {@code in} (0 for a whole stream)
   * @param separator the field separator
   * @param quoting true to honour RFC 4180 double quotes
   * @param skipBom true to skip a UTF-8 BOM at offset 0
   * @param maxRecordBytes longest record, line end excluded
   */
  protected ByteScanner(InputStream in, long offset, byte separator, boolean quoting, boolean skipBom,
      int maxRecordBytes) {
    this.in = in;
    this.base = offset;
    this.separator = separator;
    this.quote = quoting ? (byte) '"' : (byte) '\n';
    this.skipBom = skipBom;
    this.maxRecordBytes = maxRecordBytes;
    this.buf = new byte[(int) Math.min(1 << 20, maxRecordBytes + 2L)];
  }

  /** @return the number of the current record, the first being 1, empty lines not counted */
  public long record() {
    return record;
  }

  /** @return the bytes holding the current fields */
  public byte[] bytes() {
    return buf;
  }

  /** @return the number of fields of the current record */
  public int fieldCount() {
    return count;
  }

  /** @param field a field index, from 0 @return the index in {@link #bytes()} of its first byte */
  public int start(int field) {
    return starts[field];
  }

  /** @param field a field index, from 0 @return the index in {@link #bytes()} after its last byte */
  public int end(int field) {
    return ends[field];
  }

  /** @param field a field index, from 0 @return its length in bytes */
  public int length(int field) {
    return ends[field] - starts[field];
  }

  /** @param field a field index, from 0 @return the field decoded as UTF-8 (header names, small values) */
  public String string(int field) {
    return new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
  }

  /** @return the index in {@link #bytes()} of the first byte of the current line (BOM excluded) */
  public int lineStart() {
    return lineStart;
  }

  /** @return the index in {@link #bytes()} after the last byte of the current line (line end excluded) */
  public int lineEnd() {
    return lineEnd;
  }

  /** @return true if the current record holds a byte above 127 */
  public boolean hasHighBytes() {
    return highBytes;
  }

  /** @return the offset in the file of the next byte to scan: after the current record and its line end */
  public long position() {
    return base + pos;
  }

  /**
   * Makes {@link #next()} return false before a record (or an empty line) starting at or after an offset.
   *
   * @param offset the offset in the file
   */
  public void stopAt(long offset) {
    this.stop = offset;
  }

  /** Skips the bytes up to and including the next line feed (or to the end of the input). */
  public void skipPastLineFeed() {
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          pos = i + 1;
          return;
        }
      }
      pos = limit;
      if (!refill()) {
        return;
      }
    }
  }

  /**
   * Moves to the next non-empty record.
   *
   * @return false at the end of the input, or before a record starting at or after {@link #stopAt(long)}
   * @throws ScanException for a record too long, an unterminated quote or an unreadable input
   */
  public boolean next() {
    return scan();
  }

  /**
   * The {@link #next()} of a reader, in one place: the scanner's failures translated into the reader's coded
   * exception, and a bound on the number of data rows (the header being record 1: {@code record() - 1}).
   *
   * @param maxRows the most data rows
   * @param translate the reader's exception for a failure of the scanner
   * @param tooMany the reader's exception for more than {@code maxRows} data rows, given the record number
   * @return false at the end of the input, or before a record starting at or after {@link #stopAt(long)}
   */
  protected final boolean next(long maxRows, Function<ScanException, ? extends RuntimeException> translate,
      LongFunction<? extends RuntimeException> tooMany) {
    boolean more;
    try {
      more = scan();
    } catch (ScanException e) {
      throw translate.apply(e);
    }
    if (more && record() - 1 > maxRows) {
      throw tooMany.apply(record());
    }
    return more;
  }

  private boolean scan() {
    while (true) {
      if (base + pos >= stop || (pos >= limit && !refill())) {
        return false;
      }
      boolean quoted = false;
      int nl = findLineFeed();
      if (nl < 0) {
        quoted = true;
        nl = quotedRecordEnd();
      }
      int start = pos;
      int end = nl > start && buf[nl - 1] == '\r' ? nl - 1 : nl;
      int next = nl < limit ? nl + 1 : nl;
      if (end - start > maxRecordBytes) {
        throw new ScanException(Kind.TOO_LONG, record + 1, null);
      }
      if (skipBom && base + start == 0 && end - start >= 3 && (buf[start] & 0xFF) == 0xEF
          && (buf[start + 1] & 0xFF) == 0xBB && (buf[start + 2] & 0xFF) == 0xBF) {
        start += 3;
      }
      if (end == start) {
        pos = next;
        continue;
      }
      record++;
      lineStart = start;
      lineEnd = end;
      if (quoted) {
        splitQuoted(start, nl);
      } else {
        split(start, end);
      }
      pos = next;
      return true;
    }
  }

  /**
   * @return the index of the line feed ending the record at {@code pos} ({@code limit} at the end of the
   *     input), or -1 if the line holds a double quote (with quoting): then the quoted path finds the end
   */
  private int findLineFeed() {
    int i = pos;
    byte q = quote;
    while (true) {
      byte[] b = buf;
      int lim = limit;
      for (; i < lim; i++) {
        byte c = b[i];
        if (c == '\n') {
          return i;
        }
        if (c == q) {
          return -1;
        }
      }
      int scanned = i - pos;
      checkLength(scanned);
      if (!refill()) {
        return limit;
      }
      i = pos + scanned;
    }
  }

  /** @return the index of the line feed ending the quoted record at {@code pos} ({@code limit} at the end) */
  private int quotedRecordEnd() {
    int state = START;
    int off = 0;
    byte sep = separator;
    while (true) {
      int i = pos + off;
      if (i >= limit) {
        checkLength(off);
        if (!refill()) {
          if (state == QUOTED) {
            throw new ScanException(Kind.UNTERMINATED_QUOTE, record + 1, null);
          }
          return limit;
        }
        continue;
      }
      byte c = buf[i];
      switch (state) {
        case START -> state = c == '"' ? QUOTED : c == sep ? START : c == '\n' ? -1 : PLAIN;
        case PLAIN -> state = c == sep ? START : c == '\n' ? -1 : PLAIN;
        case QUOTED -> state = c == '"' ? QUOTE_IN_QUOTED : QUOTED;
        case QUOTE_IN_QUOTED -> state = c == '"' ? QUOTED : c == sep ? START : c == '\n' ? -1 : AFTER_QUOTED;
        default -> state = c == '\n' ? -1 : AFTER_QUOTED;
      }
      if (state < 0) {
        return i;
      }
      off++;
    }
  }

  private void checkLength(int scanned) {
    if (scanned > maxRecordBytes + 1) { // + 1: a carriage return before the line feed
      throw new ScanException(Kind.TOO_LONG, record + 1, null);
    }
  }

  private void split(int start, int end) {
    count = 0;
    int f = start;
    int acc = 0;
    byte sep = separator;
    byte[] b = buf;
    for (int i = start; i < end; i++) {
      byte c = b[i];
      acc |= c;
      if (c == sep) {
        add(f, i);
        f = i + 1;
      }
    }
    add(f, end);
    highBytes = acc < 0;
  }

  /** Splits a record holding quotes, {@code nl} being its line feed (or the end of input); unescapes in place. */
  private void splitQuoted(int start, int nl) {
    count = 0;
    int acc = 0;
    for (int i = start; i < nl; i++) {
      acc |= buf[i];
    }
    highBytes = acc < 0;
    byte sep = separator;
    int i = start;
    while (true) {
      if (i < nl && buf[i] == '"') {
        int w = i + 1;
        int r = i + 1;
        int s = w;
        while (r < nl) {
          byte c = buf[r];
          if (c == '"') {
            if (r + 1 < nl && buf[r + 1] == '"') {
              buf[w++] = '"';
              r += 2;
              continue;
            }
            break;
          }
          buf[w++] = c;
          r++;
        }
        add(s, w);
        i = r + 1;
        if (i < nl && buf[i] == sep) {
          i++;
          continue;
        }
        return; // the bytes after the closing quote up to the line end are ignored
      }
      int f = i;
      while (i < nl && buf[i] != sep) {
        i++;
      }
      if (i < nl) {
        add(f, i);
        i++;
        continue;
      }
      add(f, i > f && buf[i - 1] == '\r' ? i - 1 : i);
      return;
    }
  }

  private void add(int s, int e) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = s;
    ends[count] = e;
    count++;
  }

  /** Moves the unscanned bytes to the start of the buffer and reads more; false at the end of the input. */
  private boolean refill() {
    if (eof) {
      return false;
    }
    int keep = limit - pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, keep);
      base += pos;
      pos = 0;
      limit = keep;
    } else if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    try {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
        return false;
      }
      limit += n;
      return true;
    } catch (IOException e) {
      throw new ScanException(Kind.UNREADABLE, record, e);
    }
  }
}
