package io.github.cptssdk.indicators.csv.internal;

import io.github.cptssdk.indicators.csv.CsvInputException;
import io.github.cptssdk.indicators.csv.CsvLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A CSV record scanner on bytes: comma separated, LF or CRLF line ends, RFC 4180 double quotes
 * (quoted fields may hold commas, doubled quotes and line breaks). Constant memory (a buffer of 1 MiB,
 * grown only for a longer record, up to {@link CsvLimits#maxRecordBytes()}). Empty lines are skipped. Field bytes are exposed in place: valid
 * until the next call of {@link #next()}. Not thread-safe.
 */
public final class CsvScanner {

  private final InputStream in;
  private final CsvLimits limits;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private long record;
  private int count;
  private int[] starts = new int[16];
  private int[] ends = new int[16];

  public CsvScanner(InputStream in) {
    this(in, CsvLimits.DEFAULTS);
  }

  public CsvScanner(InputStream in, CsvLimits limits) {
    this.in = in;
    this.limits = limits;
    this.buf = new byte[Math.min(1 << 20, limits.maxRecordBytes() + 2)];
  }

  /** @return the number of the current record, the first being 1 (the header) */
  public long record() {
    return record;
  }

  /** @return the bytes holding the current fields */
  public byte[] bytes() {
    return buf;
  }

  public int fieldCount() {
    return count;
  }

  public int start(int field) {
    return starts[field];
  }

  public int end(int field) {
    return ends[field];
  }

  public int length(int field) {
    return ends[field] - starts[field];
  }

  /** @return the field as a string (header names, small values) */
  public String string(int field) {
    return new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
  }

  /**
   * Moves to the next non-empty record.
   *
   * @return false at the end of the input
   * @throws CsvInputException CPTS-0712 for an unterminated quote, CPTS-0718 for a record longer than
   *     {@link CsvLimits#maxRecordBytes()}, CPTS-0719 for more data rows than {@link CsvLimits#maxRows()}
   */
  public boolean next() {
    while (true) {
      if (pos >= limit && !fill()) {
        return false;
      }
      record++;
      if (parseRecord()) {
        if (record - 1 > limits.maxRows()) {
          throw new CsvInputException("CPTS-0719", record, "");
        }
        return true;
      }
      record--;
    }
  }

  /** Ends the current record at {@code lineEnd} (the index of its line feed, or of the end of input). */
  private void endRecord(int lineEnd, int next) {
    int end = lineEnd > pos && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
    if (end - pos > limits.maxRecordBytes()) {
      throw new CsvInputException("CPTS-0718", record, "");
    }
    pos = next;
  }

  private boolean parseRecord() {
    count = 0;
    int i = pos;
    int fieldStart = i;
    while (true) {
      if (i >= limit) {
        int shift = pos;
        boolean more = refill();
        i -= shift - pos;
        fieldStart -= shift - pos;
        if (!more) {
          if (count == 0 && i == fieldStart && i == pos) {
            return false;
          }
          int e = i > fieldStart && buf[i - 1] == '\r' ? i - 1 : i;
          addField(fieldStart, e);
          endRecord(i, i);
          return true;
        }
        continue;
      }
      byte b = buf[i];
      if (b == '"' && i == fieldStart) {
        int[] r = quoted(i);
        addField(r[0], r[1]);
        i = r[2];
        if (i < limit && buf[i] == ',') {
          i++;
          fieldStart = i;
          continue;
        }
        return endLine(i);
      }
      if (b == ',') {
        addField(fieldStart, i);
        fieldStart = ++i;
      } else if (b == '\n') {
        int e = i > fieldStart && buf[i - 1] == '\r' ? i - 1 : i;
        if (count == 0 && e == fieldStart) {
          pos = i + 1;
          return false;
        }
        addField(fieldStart, e);
        endRecord(i, i + 1);
        return true;
      } else {
        i++;
      }
    }
  }

  private boolean endLine(int i) {
    while (true) {
      if (i >= limit) {
        int shift = pos;
        boolean more = refill();
        i -= shift - pos;
        if (!more) {
          endRecord(i, i);
          return true;
        }
        continue;
      }
      if (buf[i] == '\n') {
        endRecord(i, i + 1);
        return true;
      }
      i++;
    }
  }

  /** @return {contentStart, contentEnd, indexAfterClosingQuote}, unescaping in place */
  private int[] quoted(int open) {
    int i = open + 1;
    int w = i;
    int start = i;
    while (true) {
      if (i >= limit) {
        int shift = pos;
        boolean more = refill();
        int d = shift - pos;
        i -= d;
        w -= d;
        start -= d;
        if (!more) {
          throw new CsvInputException("CPTS-0712", record, "");
        }
        continue;
      }
      byte b = buf[i];
      if (b == '"') {
        if (i + 1 >= limit) {
          int shift = pos;
          boolean more = refill();
          int d = shift - pos;
          i -= d;
          w -= d;
          start -= d;
          if (more) {
            continue;
          }
        }
        if (i + 1 < limit && buf[i + 1] == '"') {
          buf[w++] = '"';
          i += 2;
          continue;
        }
        return new int[] {start, w, i + 1};
      }
      buf[w++] = b;
      i++;
    }
  }

  private void addField(int s, int e) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = s;
    ends[count] = e;
    count++;
  }

  private boolean fill() {
    pos = 0;
    limit = 0;
    return refill();
  }

  /** Moves the current record to the start of the buffer and reads more; false at end of input. */
  private boolean refill() {
    if (eof) {
      return false;
    }
    int keep = limit - pos;
    if (keep > limits.maxRecordBytes() + 1L) {
      throw new CsvInputException("CPTS-0718", record, "");
    }
    int shift = pos;
    if (shift > 0) {
      System.arraycopy(buf, pos, buf, 0, keep);
      for (int f = 0; f < count; f++) {
        starts[f] -= shift;
        ends[f] -= shift;
      }
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
      throw new UncheckedIOException(e);
    }
  }
}
