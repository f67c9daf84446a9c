package io.github.cptssdk.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Progress of a long read on stderr: a bar redrawn in place when stderr is a terminal, otherwise a
 * line every 10 seconds; nothing with {@code --quiet}. Shows the share done (bytes read or rows written), never the counts of an area.
 */
final class Progress {

  private final PrintStream err;
  private final boolean interactive;
  private final boolean quiet;
  private final long total;
  private final long started = System.nanoTime();
  private long last = started;
  private boolean drawn;

  Progress(Io io, boolean quiet, long totalBytes) {
    this.err = io.err();
    this.interactive = io.interactive();
    this.quiet = quiet;
    this.total = Math.max(1, totalBytes);
  }

  /** @return {@code in}, counting the bytes read to report progress */
  InputStream track(InputStream in) {
    return new FilterInputStream(in) {
      private long read;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          read += n;
          update(read);
        }
        return n;
      }
    };
  }

  void update(long done) {
    if (quiet) {
      return;
    }
    long now = System.nanoTime();
    long every = interactive ? 200_000_000L : 10_000_000_000L;
    if (now - last < every) {
      return;
    }
    last = now;
    int pct = (int) Math.min(100, done * 100 / total);
    long seconds = (now - started) / 1_000_000_000L;
    if (interactive) {
      int filled = pct * 30 / 100;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + pct + " % " + seconds + " s");
      drawn = true;
    } else {
      err.println("progress: " + pct + " % after " + seconds + " s");
    }
  }

  /** Ends the bar line. */
  void done() {
    if (drawn) {
      err.print("\r" + " ".repeat(45) + "\r");
    }
  }
}
