package io.github.cptssdk.registries.internal;

import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.RegistryLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A record scanner on bytes for RFC 4180 separated files (the legacy Etalab FINESS extraction): one
 * separator byte; a field starting with {@code "} is quoted, may hold separators and line breaks, and
 * doubles its quotes; a quote inside an unquoted field is plain data; LF or CRLF record ends; a UTF-8 BOM
 * at the start skipped; empty lines skipped. Each record holding a byte above 127 is decoded as UTF-8 if
 * it is valid UTF-8, else as Windows-1252. Constant memory: one record, up to
 * {@link RegistryLimits#maxRecordBytes()}. Not thread-safe.
 */
public final class QuotedRecordScanner {

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final InputStream in;
  private final RegistryLimits limits;
  private final byte separator;
  private final byte[] input = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;
  private long record;
  private byte[] buf = new byte[4096];
  private int length;
  private int[] ends = new int[64];
  private int count;
  private boolean high;
  private int malformed;
  private boolean utf8;
  private String[] fields = new String[0];

  public QuotedRecordScanner(InputStream in, byte separator, RegistryLimits limits) {
    this.in = in;
    this.separator = separator;
    this.limits = limits;
  }

  /** @return the number of the current record, the first being 1, empty lines not counted */
  public long record() {
    return record;
  }

  /** @return the fields of the current record, decoded */
  public String[] fields() {
    return fields;
  }

  /** @return the index of the first malformed quoted field of the current record, or -1 */
  public int malformedField() {
    return malformed;
  }

  /** @return true if the current record held a byte above 127 and was not valid UTF-8 */
  public boolean windows1252() {
    return high && !utf8;
  }

  /** @return true if the current record held a byte above 127 and was valid UTF-8 */
  public boolean nonAsciiUtf8() {
    return high && utf8;
  }

  /**
   * Moves to the next non-empty record.
   *
   * @return false at the end of the input
   * @throws RegistryException CPTS-1012 for a record longer than the limit, CPTS-1013 for too many rows
   * @throws UncheckedIOException if the input cannot be read
   */
  public boolean next() {
    while (true) {
      length = 0;
      count = 0;
      high = false;
      malformed = -1;
      int state = FIELD_START;
      boolean any = false;
      while (true) {
        int c = read();
        if (c < 0) {
          if (!any) {
            return false;
          }
          if (state == QUOTED) {
            mark();
          }
          endField();
          break;
        }
        any = true;
        if (state == QUOTED) {
          if (c == '"') {
            state = QUOTE_IN_QUOTED;
          } else {
            append(c);
          }
        } else if (c == '\n') {
          if (state != QUOTE_IN_QUOTED && length > fieldStart() && buf[length - 1] == '\r') {
            length--;
          }
          endField();
          break;
        } else if (c == separator && state != QUOTED) {
          endField();
          state = FIELD_START;
        } else if (state == FIELD_START) {
          if (c == '"') {
            state = QUOTED;
          } else {
            append(c);
            state = UNQUOTED;
          }
        } else if (state == QUOTE_IN_QUOTED) {
          if (c == '"') {
            append(c);
            state = QUOTED;
          } else if (c != '\r') {
            mark();
            append(c);
            state = UNQUOTED;
          }
        } else {
          append(c);
        }
      }
      if (count == 1 && length == 0) {
        continue; // an empty line (or a lone CR)
      }
      record++;
      if (record - 1 > limits.maxRows()) {
        throw new RegistryException("CPTS-1013", record, "");
      }
      utf8 = !high || Text.isUtf8(buf, 0, length);
      if (fields.length != count) {
        fields = new String[count];
      }
      int s = 0;
      for (int i = 0; i < count; i++) {
        fields[i] = Text.decode(buf, s, ends[i], utf8);
        s = ends[i];
      }
      return true;
    }
  }

  private void mark() {
    if (malformed < 0) {
      malformed = count;
    }
  }

  private int fieldStart() {
    return count == 0 ? 0 : ends[count - 1];
  }

  private void endField() {
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, count * 2);
    }
    ends[count++] = length;
  }

  private void append(int c) {
    if (length == buf.length) {
      if (length > limits.maxRecordBytes()) {
        throw new RegistryException("CPTS-1012", record + 1, "");
      }
      buf = Arrays.copyOf(buf, Math.min(buf.length * 2, limits.maxRecordBytes() + 2));
    }
    if (c >= 0x80) {
      high = true;
    }
    buf[length++] = (byte) c;
  }

  private int read() {
    if (pos == limit) {
      if (eof) {
        return -1;
      }
      try {
        int n = in.read(input, 0, input.length);
        if (n <= 0) {
          eof = n < 0;
          if (n < 0) {
            return -1;
          }
          return read();
        }
        pos = 0;
        limit = n;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    int c = input[pos++] & 0xFF;
    if (!started) {
      started = true;
      if (c == 0xEF && peekBom()) {
        pos += 2;
        return read();
      }
    }
    return c;
  }

  /** @return true if the two bytes after the first are BB BF (the first block is always long enough for a BOM) */
  private boolean peekBom() {
    return limit - pos >= 2 && (input[pos] & 0xFF) == 0xBB && (input[pos + 1] & 0xFF) == 0xBF;
  }
}
