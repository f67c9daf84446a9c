package io.github.cptssdk.registries.internal;

import io.github.cptssdk.registries.RegistryException;
import io.github.cptssdk.registries.RegistryLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A line scanner on bytes for separated files without quoting (the Annuaire Santé extraction): one
 * separator byte, LF or CRLF line ends, a UTF-8 BOM at the start skipped, empty lines skipped. Constant
 * memory: a 1 MiB buffer grown only up to {@link RegistryLimits#maxRecordBytes()}. Field bytes are
 * exposed in place, valid until the next {@link #next()}. Not thread-safe.
 */
public final class LineScanner {

  private final InputStream in;
  private final RegistryLimits limits;
  private final byte separator;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;
  private long record;
  private int count;
  private int lineStart;
  private int lineEnd;
  private boolean highBytes;
  private int[] starts = new int[64];
  private int[] ends = new int[64];

  public LineScanner(InputStream in, byte separator, RegistryLimits limits) {
    this.in = in;
    this.separator = separator;
    this.limits = limits;
    this.buf = new byte[Math.min(1 << 20, limits.maxRecordBytes() + 2)];
  }

  /** @return the number of the current line, the first being 1 (the header), empty lines not counted */
  public long record() {
    return record;
  }

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

  public int lineStart() {
    return lineStart;
  }

  public int lineEnd() {
    return lineEnd;
  }

  /** @return true if the current line holds a byte above 127 */
  public boolean hasHighBytes() {
    return highBytes;
  }

  /**
   * Moves to the next non-empty line.
   *
   * @return false at the end of the input
   * @throws RegistryException CPTS-1012 for a line longer than the limit, CPTS-1013 for too many rows
   */
  public boolean next() {
    while (true) {
      int nl = findLineEnd();
      if (nl < 0) {
        return false;
      }
      int end = nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
      int start = pos;
      pos = nl + 1;
      if (!started) {
        started = true;
        if (end - start >= 3 && (buf[start] & 0xFF) == 0xEF && (buf[start + 1] & 0xFF) == 0xBB && (buf[start + 2] & 0xFF) == 0xBF) {
          start += 3;
        }
      }
      if (end == start) {
        continue;
      }
      record++;
      if (record - 1 > limits.maxRows()) {
        throw new RegistryException("CPTS-1013", record, "");
      }
      split(start, end);
      return true;
    }
  }

  private void split(int start, int end) {
    lineStart = start;
    lineEnd = end;
    count = 0;
    boolean high = false;
    int f = start;
    byte sep = separator;
    byte[] b = buf;
    for (int i = start; i < end; i++) {
      byte c = b[i];
      if (c == sep) {
        add(f, i);
        f = i + 1;
      } else if (c < 0) {
        high = true;
      }
    }
    add(f, end);
    highBytes = high;
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

  /** @return the index of the line feed ending the line at {@code pos} (or {@code limit} at the end of input), -1 at end */
  private int findLineEnd() {
    int from = pos;
    while (true) {
      for (int i = from; i < limit; i++) {
        if (buf[i] == '\n') {
          checkLength(i - pos);
          return i;
        }
      }
      checkLength(limit - pos);
      int scanned = limit - pos;
      if (!refill()) {
        if (limit > pos) {
          return limit; // last line without a line feed: pos = limit + 1 after, harmless
        }
        return -1;
      }
      from = pos + scanned;
    }
  }

  private void checkLength(int length) {
    if (length > limits.maxRecordBytes() + 1) {
      throw new RegistryException("CPTS-1012", record + 1, "");
    }
  }

  private boolean refill() {
    if (eof) {
      return false;
    }
    int keep = limit - pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, keep);
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
