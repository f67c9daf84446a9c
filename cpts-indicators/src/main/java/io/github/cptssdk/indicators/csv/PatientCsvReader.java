package io.github.cptssdk.indicators.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.core.internal.text.FileRanges;
import io.github.cptssdk.core.internal.text.ScanException;
import io.github.cptssdk.indicators.PreventionAct;
import io.github.cptssdk.indicators.csv.internal.CsvFiles;
import io.github.cptssdk.indicators.csv.internal.CsvScanner;
import io.github.cptssdk.indicators.csv.internal.Fields;
import io.github.cptssdk.indicators.csv.internal.HeaderMap;
import io.github.cptssdk.indicators.csv.internal.LongSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Streams a patient CSV file (format: docs/indicators.md) into columnar {@link PatientBatch}es of a
 * bounded size: constant memory whatever the file size, except the optional duplicate check (8 to 16
 * bytes per person). Columns: {@code patient_id, birth_year, sex, commune, treating_doctor_rpps, ald,
 * c2s} and optionally {@code flu_vaccination, colorectal_screening, breast_screening,
 * cervical_screening} (ISO dates); other columns are ignored. Immutable and thread-safe (each read
 * has its own state).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PatientCsvReader {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of(
      "patient_id", "birth_year", "sex", "commune", "treating_doctor_rpps", "ald", "c2s");
  /** The optional date columns, in the order of {@link io.github.cptssdk.indicators.PreventionAct}. */
  public static final List<String> DATES = List.of(
      "flu_vaccination", "colorectal_screening", "breast_screening", "cervical_screening");

  private static final long DEFAULT_RANGE_BYTES = 8L << 20;

  private final CommuneDictionary dictionary;
  private final ErrorPolicy policy;
  private final boolean checkDuplicates;
  private final int batchSize;
  private final CsvLimits limits;
  private final int parallelism;
  private final long rangeBytes;

  private PatientCsvReader(CommuneDictionary dictionary, ErrorPolicy policy, boolean checkDuplicates, int batchSize,
      CsvLimits limits, int parallelism, long rangeBytes) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.checkDuplicates = checkDuplicates;
    this.batchSize = batchSize;
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parallelism = parallelism;
    this.rangeBytes = rangeBytes;
  }

  /**
   * A copy with other resource limits.
   *
   * @param value the limits (default {@link CsvLimits#DEFAULTS})
   * @return a reader with these limits
   */
  public PatientCsvReader withLimits(CsvLimits value) {
    return new PatientCsvReader(dictionary, policy, checkDuplicates, batchSize, value, parallelism, rangeBytes);
  }

  /**
   * A strict reader (the first bad row stops the read) checking duplicated ids, producing batches of
   * 65 536 rows.
   *
   * @param dictionary the known communes: a row of another commune is rejected; batches use it
   * @return the reader
   * @throws NullPointerException if {@code dictionary} is null
   */
  public static PatientCsvReader of(CommuneDictionary dictionary) {
    return new PatientCsvReader(dictionary, ErrorPolicy.STRICT, true, 1 << 16, CsvLimits.DEFAULTS,
        Runtime.getRuntime().availableProcessors(), DEFAULT_RANGE_BYTES);
  }

  /**
   * A copy with another policy for bad rows.
   *
   * @param value stop at the first bad row, or skip and count bad rows
   * @return the reader
   */
  public PatientCsvReader withPolicy(ErrorPolicy value) {
    return new PatientCsvReader(dictionary, value, checkDuplicates, batchSize, limits, parallelism, rangeBytes);
  }

  /**
   * A copy with or without the duplicate check.
   *
   * @param value true to reject a patient id seen before
   * @return a reader that does (or not) reject a patient id seen before; the check keeps a 64-bit
   *     hash of each id (a collision, about 1 in 10^4 for 69 million ids, would reject a good row)
   */
  public PatientCsvReader withDuplicateCheck(boolean value) {
    return new PatientCsvReader(dictionary, policy, value, batchSize, limits, parallelism, rangeBytes);
  }

  /**
   * A copy producing batches of another size (the last batch may be smaller).
   *
   * @param value the rows per batch, at least 1
   * @return the reader
   * @throws IllegalArgumentException if not positive
   */
  public PatientCsvReader withBatchSize(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    return new PatientCsvReader(dictionary, policy, checkDuplicates, value, limits, parallelism, rangeBytes);
  }

  /**
   * A copy reading files on another number of threads. A file is cut into ranges of 8 MiB at line
   * boundaries (a range guessed inside a quoted field holding a line break is parsed again from the right
   * start), parsed on {@code value} threads; the batches still reach the sink in file order on the calling
   * thread, and the result, the rejected counts, the duplicate check and the error thrown (the first in
   * file order, with its row number in the file) are those of a read on one thread. Memory stays bounded:
   * at most {@code 2 × value} ranges are held at once. With more than one thread, a batch may hold fewer
   * rows than the batch size (the last batch of each range). Streams ({@link #read(InputStream, Consumer)})
   * are always read on the calling thread.
   *
   * @param value the number of threads, at least 1 (1: on the calling thread); default: the available
   *     processors
   * @return the reader
   * @throws IllegalArgumentException if not positive
   */
  public PatientCsvReader withParallelism(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("parallelism must be positive");
    }
    return new PatientCsvReader(dictionary, policy, checkDuplicates, batchSize, limits, value, rangeBytes);
  }

  /** A copy cutting files into ranges of another size (tests: many small ranges). */
  PatientCsvReader withRangeBytes(long value) {
    if (value < 1) {
      throw new IllegalArgumentException("range size must be positive");
    }
    return new PatientCsvReader(dictionary, policy, checkDuplicates, batchSize, limits, parallelism, value);
  }

  /**
   * Reads a file into an accumulator.
   *
   * @param file the CSV file (UTF-8)
   * @param into receives each batch
   * @return what was read
   * @throws CsvInputException for a bad header, or the first bad row with {@link ErrorPolicy#STRICT}, or
   *     under either policy an unterminated quote (CPTS-0712) or a limit of {@link CsvLimits} exceeded
   *     (CPTS-0713 if the file is missing, a directory or cannot be read)
   * @throws io.github.cptssdk.indicators.IndicatorException CPTS-0720 if a commune of the dictionary is
   *     unknown to the accumulator's engine
   */
  public ReadSummary read(Path file, IndicatorAccumulator into) {
    return read(file, into::accept);
  }

  /**
   * Reads a file, handing each batch to {@code sink}.
   *
   * @param file the CSV file (UTF-8)
   * @param sink receives each batch of accepted rows, in file order
   * @return what was read
   * @throws CsvInputException for a bad header, or the first bad row with {@link ErrorPolicy#STRICT}, or
   *     under either policy an unterminated quote (CPTS-0712) or a limit of {@link CsvLimits} exceeded
   *     (CPTS-0713 if the file is missing, a directory or cannot be read)
   */
  public ReadSummary read(Path file, Consumer<PatientBatch> sink) {
    Objects.requireNonNull(sink, "sink");
    if (parallelism == 1) {
      return CsvFiles.io(file, () -> {
        try (InputStream in = CsvFiles.open(file)) {
          return new Run(new CsvScanner(in, limits, CsvFiles.name(file), 0, 0), sink).run();
        }
      });
    }
    return CsvFiles.io(file, () -> {
      try (FileChannel channel = CsvFiles.channel(file)) {
        return new ParallelRun(file, channel, sink).run();
      }
    });
  }

  /**
   * Reads a CSV stream (not closed), handing each batch to {@code sink}.
   *
   * @param in the CSV bytes (UTF-8)
   * @param sink receives each batch of accepted rows, in stream order
   * @return what was read
   * @throws CsvInputException for a bad header, or the first bad row with {@link ErrorPolicy#STRICT}, or
   *     under either policy an unterminated quote (CPTS-0712) or a limit of {@link CsvLimits} exceeded
   *     (CPTS-0713 if the stream cannot be read)
   */
  public ReadSummary read(InputStream in, Consumer<PatientBatch> sink) {
    CsvScanner scanner = new CsvScanner(in, limits);
    return new Run(scanner, sink).run();
  }

  /**
   * Reads a whole file into one batch, for in-memory computation (15 bytes per row).
   *
   * @param file the CSV file (UTF-8)
   * @return every accepted row of the file in one batch
   * @throws CsvInputException for a bad header, or the first bad row with {@link ErrorPolicy#STRICT}, or
   *     under either policy an unterminated quote (CPTS-0712) or a limit of {@link CsvLimits} exceeded
   *     (CPTS-0713 if the file is missing, a directory or cannot be read)
   */
  public PatientBatch readAll(Path file) {
    PatientBatch.Builder all = PatientBatch.builder(dictionary, 1 << 16);
    read(file, b -> {
      for (int i = 0; i < b.size(); i++) {
        copyRow(b, i, all);
      }
    });
    return all.build();
  }

  private static void copyRow(PatientBatch b, int i, PatientBatch.Builder into) {
    into.add(b.communeIndex(i), b.birthYear(i), b.flags(i), (char) b.day(PreventionAct.FLU_VACCINATION, i),
        (char) b.day(PreventionAct.COLORECTAL_SCREENING, i), (char) b.day(PreventionAct.BREAST_SCREENING, i),
        (char) b.day(PreventionAct.CERVICAL_SCREENING, i));
  }

  /** The positions of the columns in the header, and the checks of one row but the duplicate check. */
  private final class Rows {
    private final int width;
    private final int id;
    private final int year;
    private final int sex;
    private final int commune;
    private final int rpps;
    private final int ald;
    private final int c2s;
    private final int[] dates = new int[4];
    private final int[] days = new int[4];
    /** The column of the last error, or empty. */
    private String column = "";

    Rows(HeaderMap header) {
      width = header.width();
      id = header.position("patient_id");
      year = header.position("birth_year");
      sex = header.position("sex");
      commune = header.position("commune");
      rpps = header.position("treating_doctor_rpps");
      ald = header.position("ald");
      c2s = header.position("c2s");
      for (int d = 0; d < 4; d++) {
        dates[d] = header.position(DATES.get(d));
      }
    }

    /**
     * @param seen the ids seen so far, or null not to check duplicates here
     * @return null if the row was added to {@code batch}, else the error code ({@link #column} set)
     */
    @Nullable String row(CsvScanner s, PatientBatch.Builder batch, @Nullable LongSet seen) {
      if (s.fieldCount() != width) {
        column = "";
        return "CPTS-0702";
      }
      byte[] b = s.bytes();
      int y = Fields.year(b, s.start(year), s.end(year));
      if (y < 0) {
        return fail("birth_year", "CPTS-0703");
      }
      int sx = Fields.sex(b, s.start(sex), s.end(sex));
      if (sx < 0) {
        return fail("sex", "CPTS-0704");
      }
      int c = communeOf(s, b);
      if (c < 0) {
        return fail("commune", c == -1 ? "CPTS-0705" : "CPTS-0706");
      }
      if (!Fields.rppsOrEmpty(b, s.start(rpps), s.end(rpps))) {
        return fail("treating_doctor_rpps", "CPTS-0711");
      }
      int a = Fields.flag(b, s.start(ald), s.end(ald));
      int f = Fields.flag(b, s.start(c2s), s.end(c2s));
      if (a < 0 || f < 0) {
        return fail(a < 0 ? "ald" : "c2s", "CPTS-0707");
      }
      for (int d = 0; d < 4; d++) {
        days[d] = dates[d] < 0 ? 0 : Fields.day(b, s.start(dates[d]), s.end(dates[d]));
        if (days[d] < 0) {
          return fail(DATES.get(d), "CPTS-0708");
        }
      }
      if (s.length(id) == 0) {
        return fail("patient_id", "CPTS-0710");
      }
      if (seen != null && !seen.add(idHash(s))) {
        return fail("patient_id", "CPTS-0709");
      }
      int flags = sx | (s.length(rpps) > 0 ? PatientBatch.HAS_MT : 0) | (a == 1 ? PatientBatch.ALD : 0)
          | (f == 1 ? PatientBatch.C2S : 0);
      batch.add(c, y, flags, (char) days[0], (char) days[1], (char) days[2], (char) days[3]);
      return null;
    }

    /** @return the hash of the id of the current row (the duplicate check) */
    long idHash(CsvScanner s) {
      return Fields.hash(s.bytes(), s.start(id), s.end(id));
    }

    /** @return the commune index, -1 if malformed, -2 if unknown */
    private int communeOf(CsvScanner s, byte[] b) {
      if (s.length(commune) != 5) {
        return -1;
      }
      int c = dictionary.indexOf(b, s.start(commune));
      if (c >= 0) {
        return c;
      }
      return io.github.cptssdk.core.id.CommuneCode.isValid(s.string(commune)) ? -2 : -1;
    }

    private String fail(String col, String code) {
      column = col;
      return code;
    }
  }

  /** The state of one read on the calling thread. */
  private final class Run {
    private final CsvScanner s;
    private final Consumer<PatientBatch> sink;
    private final Rows rows;
    private final @Nullable LongSet seen;
    private final Map<String, Long> rejected = new HashMap<>();
    private PatientBatch.Builder batch;
    private long count;
    private long accepted;

    Run(CsvScanner s, Consumer<PatientBatch> sink) {
      this.s = s;
      this.sink = sink;
      this.rows = new Rows(new HeaderMap(s, REQUIRED));
      seen = checkDuplicates ? new LongSet() : null;
      batch = PatientBatch.builder(dictionary, batchSize);
    }

    ReadSummary run() {
      while (s.next()) {
        count++;
        String code = rows.row(s, batch, seen);
        if (code == null) {
          accepted++;
          if (batch.size() == batchSize) {
            sink.accept(batch.build());
            batch = PatientBatch.builder(dictionary, batchSize);
          }
        } else if (policy == ErrorPolicy.STRICT) {
          throw new CsvInputException(code, s.record(), rows.column);
        } else {
          rejected.merge(code, 1L, Long::sum);
        }
      }
      if (batch.size() > 0) {
        sink.accept(batch.build());
      }
      return new ReadSummary(count, accepted, rejected);
    }
  }

  /** What one range of a parallel read found; row numbers are counted from the range's first row (1). */
  private static final class Range {
    final List<PatientBatch> batches = new ArrayList<>();
    /** The id hashes of the accepted rows, in order (with the duplicate check). */
    long[] hashes = new long[0];
    int accepted;
    /** The rows started in the range, a failing one included. */
    long rows;
    final Map<String, Long> rejected = new HashMap<>();
    /** The row of the error that stopped the range (strict: the first bad row; either policy: 0712/0718), or 0. */
    long errorRow;
    String errorCode = "";
    String errorColumn = "";
    /** True if the error is a scanner's (0712, 0718): it stops the read under either policy. */
    boolean fatal;
  }

  /** The state of one read in parallel ranges. */
  private final class ParallelRun {
    private final Path file;
    private final FileChannel channel;
    private final Consumer<PatientBatch> sink;
    private final HeaderMap header;
    private final long dataStart;
    private final @Nullable LongSet seen;
    private final Map<String, Long> rejected = new HashMap<>();
    private long count;
    private long accepted;

    ParallelRun(Path file, FileChannel channel, Consumer<PatientBatch> sink) {
      this.file = file;
      this.channel = channel;
      this.sink = sink;
      try (InputStream in = CsvFiles.open(file)) {
        CsvScanner h = scanner(in, 0, 0);
        header = new HeaderMap(h, REQUIRED);
        dataStart = h.position();
      } catch (IOException e) {
        throw CsvFiles.unreadable(CsvFiles.name(file));
      }
      seen = checkDuplicates ? new LongSet() : null;
    }

    private CsvScanner scanner(InputStream in, long offset, long firstRecord) {
      return new CsvScanner(in, limits, CsvFiles.name(file), offset, firstRecord);
    }

    ReadSummary run() throws IOException {
      long size = channel.size();
      try {
        FileRanges.read(channel, dataStart, size, rangeBytes, parallelism, (in, offset) -> scanner(in, offset, 0),
            this::parse, this::merge);
      } catch (ScanException e) { // only an unreadable file: the ranges keep their other failures
        throw CsvFiles.unreadable(CsvFiles.name(file));
      }
      return new ReadSummary(count, accepted, rejected);
    }

    /** Parses one range (on a worker thread). */
    private Range parse(CsvScanner s) {
      Range r = new Range();
      Rows checks = new Rows(header);
      int capacity = (int) Math.min(batchSize, Math.max(16, rangeBytes / 32));
      PatientBatch.Builder batch = PatientBatch.builder(dictionary, capacity);
      while (true) {
        try {
          if (!s.nextInRange()) {
            break;
          }
        } catch (ScanException e) {
          if (e.kind() == ScanException.Kind.UNREADABLE) {
            throw e;
          }
          r.rows++;
          r.fatal = true;
          r.errorRow = r.rows;
          r.errorCode = e.kind() == ScanException.Kind.TOO_LONG ? "CPTS-0718" : "CPTS-0712";
          break;
        }
        r.rows++;
        String code = checks.row(s, batch, null);
        if (code == null) {
          if (seen != null) {
            if (r.accepted == r.hashes.length) {
              r.hashes = Arrays.copyOf(r.hashes, Math.max(1024, r.accepted * 2));
            }
            r.hashes[r.accepted] = checks.idHash(s);
          }
          r.accepted++;
          if (batch.size() == batchSize) {
            r.batches.add(batch.build());
            batch = PatientBatch.builder(dictionary, capacity);
          }
        } else if (policy == ErrorPolicy.STRICT) {
          r.errorRow = r.rows;
          r.errorCode = code;
          r.errorColumn = checks.column;
          break;
        } else {
          r.rejected.merge(code, 1L, Long::sum);
        }
      }
      if (batch.size() > 0) {
        r.batches.add(batch.build());
      }
      return r;
    }

    /** Takes the result of the next range, in file order (on the calling thread), as one read would. */
    private void merge(Range r) {
      long limitRow = limits.maxRows() - count + 1; // the row of the range where CPTS-0719 is thrown
      boolean strict = policy == ErrorPolicy.STRICT;
      boolean[] duplicate = null;
      if (seen != null) {
        for (int k = 0; k < r.accepted && k + 1 < limitRow; k++) {
          if (!seen.add(r.hashes[k])) {
            if (strict) {
              throw new CsvInputException("CPTS-0709", recordOf(k + 1), "patient_id");
            }
            if (duplicate == null) {
              duplicate = new boolean[r.accepted];
            }
            duplicate[k] = true;
          }
        }
      }
      if (r.errorRow > 0 && (r.errorRow < limitRow || (r.fatal && r.errorRow == limitRow))) {
        throw new CsvInputException(r.errorCode, recordOf(r.errorRow), r.errorColumn);
      }
      if (r.rows >= limitRow) {
        throw new CsvInputException("CPTS-0719", limits.maxRows() + 2, "");
      }
      count += r.rows;
      int dropped = 0;
      int first = 0;
      for (PatientBatch range : r.batches) {
        PatientBatch b = range;
        if (duplicate != null && hasDuplicate(duplicate, first, b.size())) {
          PatientBatch.Builder kept = PatientBatch.builder(dictionary, b.size());
          for (int i = 0; i < b.size(); i++) {
            if (duplicate[first + i]) {
              dropped++;
            } else {
              copyRow(b, i, kept);
            }
          }
          b = kept.build();
        }
        first += range.size();
        if (b.size() > 0) {
          sink.accept(b);
        }
      }
      accepted += r.accepted - dropped;
      if (dropped > 0) {
        rejected.merge("CPTS-0709", (long) dropped, Long::sum);
      }
      r.rejected.forEach((code, n) -> rejected.merge(code, n, Long::sum));
    }

    private static boolean hasDuplicate(boolean[] duplicate, int from, int size) {
      for (int i = from; i < from + size; i++) {
        if (duplicate[i]) {
          return true;
        }
      }
      return false;
    }

    /** @return the row number in the file of row {@code rowInRange} of the range being merged */
    private long recordOf(long rowInRange) {
      return 1 + count + rowInRange;
    }
  }
}
