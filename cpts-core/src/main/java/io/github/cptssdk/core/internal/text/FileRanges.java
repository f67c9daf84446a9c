package io.github.cptssdk.core.internal.text;

import io.github.cptssdk.core.internal.text.ScanException.Kind;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of a file in byte ranges on several threads, handing the result of each range to a
 * consumer in file order, on the calling thread.
 *
 * <p>The file is cut every {@code rangeBytes} bytes; range k holds the records starting at or after its
 * cut (after the first line feed at or after the cut) and before the next cut. A quoted field may hold
 * line breaks, so a guessed start can be wrong: each start is checked against the position where the
 * previous range, itself checked, stopped; a range whose guess was wrong is parsed again from there on the
 * calling thread. The outcome is therefore the one of a single scan of the file, whatever the ranges.
 * Memory is bounded: at most {@code 2 × parallelism} range results are held at once.
 */
public final class FileRanges {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private FileRanges() {}

  /**
   * Opens a scanner reading {@code in}, whose first byte is at {@code offset} in the file.
   *
   * @param <S> the scanner type
   */
  @FunctionalInterface
  public interface Opener<S extends ByteScanner> {
    /**
     * @param in the bytes from {@code offset}
     * @param offset the offset in the file of the first byte of {@code in}
     * @return the scanner
     */
    S open(InputStream in, long offset);
  }

  /**
   * Parses the records of one range: {@link ByteScanner#next()} returns false at its end. Called on a
   * worker thread. What it throws is thrown by {@link FileRanges#read} only if the range's start was right
   * and every earlier range was consumed; a parser that stops before the end of its range must return a
   * result that makes the consumer throw (the next range is checked against where the scanner stopped).
   *
   * @param <S> the scanner type
   * @param <R> the result of a range
   */
  @FunctionalInterface
  public interface Parser<S extends ByteScanner, R> {
    /**
     * @param scanner positioned at the first record of the range
     * @return the result of the range
     */
    R parse(S scanner);
  }

  /**
   * Receives the result of each range, in file order, on the calling thread.
   *
   * @param <R> the result of a range
   */
  @FunctionalInterface
  public interface Consumer<R> {
    /** @param result the result of the next range */
    void accept(R result);
  }

  private record Piece<R>(long start, long end, @Nullable R result, @Nullable RuntimeException error) {}

  /**
   * Reads {@code [from, end of file)} in ranges.
   *
   * @param <S> the scanner type
   * @param <R> the result of a range
   * @param channel the file (positional reads: the channel's own position is not used)
   * @param from the offset of the first record (after the header)
   * @param size the size of the file
   * @param rangeBytes the size of a range, at least 1
   * @param parallelism the number of threads, at least 1 (1: on the calling thread)
   * @param opener opens a scanner at an offset
   * @param parser parses one range
   * @param consumer receives the results in file order
   * @throws RuntimeException what the parser threw on a range whose start was right, the first in file
   *     order, or a {@link ScanException} if the file cannot be read
   */
  public static <S extends ByteScanner, R> void read(FileChannel channel, long from, long size, long rangeBytes,
      int parallelism, Opener<S> opener, Parser<S, R> parser, Consumer<R> consumer) {
    long span = Math.max(0, size - from);
    int n = (int) Math.max(1, Math.min(Integer.MAX_VALUE - 1L, (span + rangeBytes - 1) / rangeBytes));
    long[] cuts = new long[n + 1];
    for (int k = 0; k < n; k++) {
      cuts[k] = from + k * rangeBytes;
    }
    cuts[n] = Long.MAX_VALUE;
    long expected = from;
    if (parallelism <= 1 || n == 1) {
      for (int k = 0; k < n; k++) {
        expected = deliver(run(channel, cuts, k, expected, opener, parser), consumer);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
      Thread t = new Thread(r, "cpts-read-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Piece<R>>> window = new ArrayDeque<>();
      int submitted = 0;
      for (int k = 0; k < n; k++) {
        while (submitted < n && window.size() < 2 * parallelism) {
          int range = submitted++;
          window.add(pool.submit(() -> run(channel, cuts, range, range == 0 ? from : -1, opener, parser)));
        }
        Piece<R> p = await(window.poll());
        if (p.start() != expected) {
          p = run(channel, cuts, k, expected, opener, parser);
        }
        expected = deliver(p, consumer);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> long deliver(Piece<R> p, Consumer<R> consumer) {
    if (p.error() != null) {
      throw p.error();
    }
    consumer.accept(p.result());
    return p.end();
  }

  private static <R> Piece<R> await(Future<Piece<R>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ScanException(Kind.UNREADABLE, 0, new InterruptedIOException("interrupted"));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Parses range {@code k}, from {@code exact} if not negative, else from the line after its cut. */
  private static <S extends ByteScanner, R> Piece<R> run(FileChannel channel, long[] cuts, int k, long exact,
      Opener<S> opener, Parser<S, R> parser) {
    long open = exact >= 0 ? exact : cuts[k] - 1;
    S s = opener.open(new ChannelInput(channel, open), open);
    if (exact < 0) {
      s.skipPastLineFeed();
    }
    long start = s.position();
    s.stopAt(cuts[k + 1]);
    try {
      R r = parser.parse(s);
      return new Piece<>(start, s.position(), r, null);
    } catch (RuntimeException e) {
      return new Piece<>(start, -1, null, e);
    }
  }
}
