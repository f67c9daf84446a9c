package io.github.cptssdk.core.testing;

import io.github.cptssdk.core.CptsException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>"Accepted, then used" (issue 17): {@link #check(long, byte[], Reader, Uses)} also runs every
 * {@link Uses use} (validate, compute, export, re-import, round trip) on each value the reader accepted;
 * a use may end with a result or a {@link CptsException} with a code (counted by use and code), nothing
 * else. Any reader of the project, or of another engineer, plugs in the same way: a {@link Reader} that
 * returns the value, and the {@link Uses} a user would run next.
 */
public final class FuzzOracle {

  /** The form of every error code. */
  public static final Pattern CODE = Pattern.compile("CPTS-\\d{4}");

  private final String reader;
  private final Predicate<CptsException> located;
  private final AtomicLong inputs = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final Map<String, Long> rejected = new TreeMap<>();
  private final Map<String, Long> used = new TreeMap<>();
  private final AtomicLong sequence = new AtomicLong();

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
   * A read of one input that returns what it accepted.
   *
   * @param <T> the type of the value read
   */
  @FunctionalInterface
  public interface Reader<T> {
    /**
     * @return the value read
     * @throws Exception what the reader throws
     */
    T read() throws Exception;
  }

  /**
   * Runs {@code read} on one input, checks its outcome as {@link #check(long, byte[], Read)} does, then runs
   * each of {@code uses} on the value read, if any: each may give a result or throw a {@link CptsException}
   * with a code (any location); anything else fails with the seed, the use and the start of the input.
   *
   * @param <T> the type of the value read
   * @throws AssertionError if the read or a use ends otherwise
   */
  public <T> void check(long seed, byte[] input, Reader<T> read, Uses<T> uses) {
    List<T> accepted = new ArrayList<>(1);
    check(seed, input, () -> accepted.add(read.read()));
    if (accepted.isEmpty()) {
      return;
    }
    long n = sequence.getAndIncrement();
    for (Uses.Named<T> use : uses.list()) {
      if (n % use.every() == 0) {
        use(seed, input, use, accepted.get(0));
      }
    }
  }

  private <T> void use(long seed, byte[] input, Uses.Named<T> use, T value) {
    String outcome;
    try {
      use.use().accept(value);
      outcome = "ok";
    } catch (CptsException e) {
      if (!CODE.matcher(e.code()).matches() || !e.getMessage().startsWith(e.code())) {
        throw new AssertionError(describe(seed, input, use.name() + " of an accepted value: no code: " + e.getMessage()), e);
      }
      outcome = e.code();
    } catch (Throwable t) {
      throw new AssertionError(describe(seed, input, use.name() + " of an accepted value: " + t.getClass().getName()
          + ": " + t.getMessage() + where(t)), t);
    }
    synchronized (used) {
      used.merge(use.name() + " " + outcome, 1L, Long::sum);
    }
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

  /** @return how each use ended on the accepted values: {@code "use ok"} or {@code "use CPTS-nnnn"}, with counts */
  public Map<String, Long> usedByOutcome() {
    synchronized (used) {
      return new TreeMap<>(used);
    }
  }

  /**
   * The steps of {@code uses} that this oracle never ran: a short run must still reach every step (issue 17,
   * test budget), so a suite's summary asserts that this is empty.
   *
   * @param uses the steps the suite passed to {@link #check(long, byte[], Reader, Uses)}
   * @param <T> the type of the accepted value
   * @return the names of the steps that ran on no accepted value, in their order
   */
  public <T> List<String> neverUsed(Uses<T> uses) {
    Map<String, Long> outcomes = usedByOutcome();
    return uses.list().stream().map(Uses.Named::name)
        .filter(name -> outcomes.keySet().stream().noneMatch(k -> k.startsWith(name + " "))).toList();
  }

  @Override
  public String toString() {
    return reader + ": " + inputs() + " inputs, " + accepted() + " accepted, rejected by code " + rejectedByCode()
        + (used.isEmpty() ? "" : ", then used " + usedByOutcome());
  }
}
