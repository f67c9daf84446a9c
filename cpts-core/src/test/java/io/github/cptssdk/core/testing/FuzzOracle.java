package io.github.cptssdk.core.testing;

import io.github.cptssdk.core.CptsException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The oracle of the fuzz suites (issue 7): reading a mutated input either succeeds or throws a
 * {@link CptsException} whose code is {@code CPTS-nnnn} and which names a location (checked by the
 * caller's predicate: JSON path, row/column, FHIR path). Any other exception or error (including a
 * {@link StackOverflowError} or {@link OutOfMemoryError}) fails with the seed and the start of the input.
 * Counts inputs, acceptances and rejections by code for the suite's summary. Thread-safe.
 */
public final class FuzzOracle {

  /** The form of every error code. */
  public static final Pattern CODE = Pattern.compile("CPTS-\\d{4}");

  private final String reader;
  private final Predicate<CptsException> located;
  private final AtomicLong inputs = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final Map<String, Long> rejected = new TreeMap<>();

  /**
   * @param reader the name of the reader, for failure messages
   * @param located whether a rejection names its location
   */
  public FuzzOracle(String reader, Predicate<CptsException> located) {
    this.reader = reader;
    this.located = located;
  }

  /** A read of one input. */
  @FunctionalInterface
  public interface Read {
    void run() throws Exception;
  }

  /**
   * Runs {@code read} on one input and checks its outcome.
   *
   * @throws AssertionError if it throws anything but a located {@link CptsException} with a code
   */
  public void check(long seed, byte[] input, Read read) {
    inputs.incrementAndGet();
    try {
      read.run();
      accepted.incrementAndGet();
    } catch (CptsException e) {
      if (!CODE.matcher(e.code()).matches() || !e.getMessage().startsWith(e.code()) || !located.test(e)) {
        throw new AssertionError(describe(seed, input, "rejection without a code or location: " + e.getMessage()), e);
      }
      synchronized (rejected) {
        rejected.merge(e.code(), 1L, Long::sum);
      }
    } catch (Throwable t) {
      throw new AssertionError(describe(seed, input, "unexpected " + t.getClass().getName() + where(t)), t);
    }
  }

  /** @return the first frames of {@code t} (surefire trims the stack traces of failures) */
  private static String where(Throwable t) {
    StringBuilder sb = new StringBuilder();
    StackTraceElement[] frames = t.getStackTrace();
    for (int i = 0; i < Math.min(8, frames.length); i++) {
      sb.append("\n  at ").append(frames[i]);
    }
    return sb.toString();
  }

  private String describe(long seed, byte[] input, String what) {
    String text = new String(input, 0, Math.min(input.length, 600), StandardCharsets.UTF_8);
    return reader + ": " + what + " (seed " + seed + ", " + input.length + " bytes) input starts with:\n" + text;
  }

  /** @return the number of inputs checked */
  public long inputs() {
    return inputs.get();
  }

  /** @return the number of inputs read without error */
  public long accepted() {
    return accepted.get();
  }

  /** @return the number of rejections by code */
  public Map<String, Long> rejectedByCode() {
    synchronized (rejected) {
      return new TreeMap<>(rejected);
    }
  }

  @Override
  public String toString() {
    return reader + ": " + inputs() + " inputs, " + accepted() + " accepted, rejected by code " + rejectedByCode();
  }
}
