package io.github.cptssdk.indicators.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.csv.internal.CsvScanner;
import io.github.cptssdk.indicators.csv.internal.Fields;
import io.github.cptssdk.indicators.csv.internal.HeaderMap;
import io.github.cptssdk.indicators.csv.internal.LongSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

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

  private final CommuneDictionary dictionary;
  private final ErrorPolicy policy;
  private final boolean checkDuplicates;
  private final int batchSize;
  private final CsvLimits limits;

  private PatientCsvReader(CommuneDictionary dictionary, ErrorPolicy policy, boolean checkDuplicates, int batchSize) {
    this(dictionary, policy, checkDuplicates, batchSize, CsvLimits.DEFAULTS);
  }

  private PatientCsvReader(CommuneDictionary dictionary, ErrorPolicy policy, boolean checkDuplicates, int batchSize,
      CsvLimits limits) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.checkDuplicates = checkDuplicates;
    this.batchSize = batchSize;
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A copy with other resource limits.
   *
   * @param value the limits (default {@link CsvLimits#DEFAULTS})
   * @return a reader with these limits
   */
  public PatientCsvReader withLimits(CsvLimits value) {
    return new PatientCsvReader(dictionary, policy, checkDuplicates, batchSize, value);
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
    return new PatientCsvReader(dictionary, ErrorPolicy.STRICT, true, 1 << 16);
  }

  /**
   * A copy with another policy for bad rows.
   *
   * @param value stop at the first bad row, or skip and count bad rows
   * @return the reader
   */
  public PatientCsvReader withPolicy(ErrorPolicy value) {
    return new PatientCsvReader(dictionary, value, checkDuplicates, batchSize, limits);
  }

  /**
   * A copy with or without the duplicate check.
   *
   * @param value true to reject a patient id seen before
   * @return a reader that does (or not) reject a patient id seen before; the check keeps a 64-bit
   *     hash of each id (a collision, about 1 in 10^4 for 69 million ids, would reject a good row)
   */
  public PatientCsvReader withDuplicateCheck(boolean value) {
    return new PatientCsvReader(dictionary, policy, value, batchSize, limits);
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
    return new PatientCsvReader(dictionary, policy, checkDuplicates, value, limits);
  }

  /**
   * Reads a file into an accumulator.
   *
   * @param file the CSV file (UTF-8)
   * @param into receives each batch
   * @return what was read
   * @throws CsvInputException for a bad header, or the first bad row with {@link ErrorPolicy#STRICT}, or
   *     under either policy an unterminated quote (CPTS-0712) or a limit of {@link CsvLimits} exceeded
   * @throws java.io.UncheckedIOException if the file cannot be read
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
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public ReadSummary read(Path file, Consumer<PatientBatch> sink) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a CSV stream (not closed), handing each batch to {@code sink}.
   *
   * @param in the CSV bytes (UTF-8)
   * @param sink receives each batch of accepted rows, in stream order
   * @return what was read
   * @throws CsvInputException for a bad header, or the first bad row with {@link ErrorPolicy#STRICT}, or
   *     under either policy an unterminated quote (CPTS-0712) or a limit of {@link CsvLimits} exceeded
   * @throws java.io.UncheckedIOException if the stream cannot be read
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
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public PatientBatch readAll(Path file) {
    PatientBatch.Builder all = PatientBatch.builder(dictionary, 1 << 16);
    read(file, b -> {
      for (int i = 0; i < b.size(); i++) {
        all.add(b.communeIndex(i), b.birthYear(i), b.flags(i), (char) b.day(io.github.cptssdk.indicators.PreventionAct.FLU_VACCINATION, i),
            (char) b.day(io.github.cptssdk.indicators.PreventionAct.COLORECTAL_SCREENING, i),
            (char) b.day(io.github.cptssdk.indicators.PreventionAct.BREAST_SCREENING, i),
            (char) b.day(io.github.cptssdk.indicators.PreventionAct.CERVICAL_SCREENING, i));
      }
    });
    return all.build();
  }

  /** The state of one read. */
  private final class Run {
    private final CsvScanner s;
    private final Consumer<PatientBatch> sink;
    private final HeaderMap header;
    private final int id;
    private final int year;
    private final int sex;
    private final int commune;
    private final int rpps;
    private final int ald;
    private final int c2s;
    private final int[] dates = new int[4];
    private final LongSet seen;
    private final Map<String, Long> rejected = new HashMap<>();
    private final int[] days = new int[4];
    private PatientBatch.Builder batch;
    private long rows;
    private long accepted;

    Run(CsvScanner s, Consumer<PatientBatch> sink) {
      this.s = s;
      this.sink = sink;
      this.header = new HeaderMap(s, REQUIRED);
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
      seen = checkDuplicates ? new LongSet() : null;
      batch = PatientBatch.builder(dictionary, batchSize);
    }

    ReadSummary run() {
      while (s.next()) {
        rows++;
        String code = row();
        if (code == null) {
          accepted++;
          if (batch.size() == batchSize) {
            flush();
          }
        } else if (policy == ErrorPolicy.STRICT) {
          throw new CsvInputException(code, s.record(), column);
        } else {
          rejected.merge(code, 1L, Long::sum);
        }
      }
      flush();
      return new ReadSummary(rows, accepted, rejected);
    }

    private void flush() {
      if (batch.size() > 0) {
        sink.accept(batch.build());
        batch = PatientBatch.builder(dictionary, batchSize);
      }
    }

    private String column = "";

    /** @return null if the row was added, else the error code (column set) */
    private String row() {
      if (s.fieldCount() != header.width()) {
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
      int c = communeOf(b);
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
      String idError = checkId(b);
      if (idError != null) {
        return idError;
      }
      int flags = sx | (s.length(rpps) > 0 ? PatientBatch.HAS_MT : 0) | (a == 1 ? PatientBatch.ALD : 0) | (f == 1 ? PatientBatch.C2S : 0);
      batch.add(c, y, flags, (char) days[0], (char) days[1], (char) days[2], (char) days[3]);
      return null;
    }

    private String checkId(byte[] b) {
      if (s.length(id) == 0) {
        return fail("patient_id", "CPTS-0710");
      }
      if (seen != null && !seen.add(Fields.hash(b, s.start(id), s.end(id)))) {
        return fail("patient_id", "CPTS-0709");
      }
      return null;
    }

    /** @return the commune index, -1 if malformed, -2 if unknown */
    private int communeOf(byte[] b) {
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
}
