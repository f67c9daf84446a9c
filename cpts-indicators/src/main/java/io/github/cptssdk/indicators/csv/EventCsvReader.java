package io.github.cptssdk.indicators.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.indicators.CareEvent;
import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.csv.internal.CsvFiles;
import io.github.cptssdk.indicators.csv.internal.CsvScanner;
import io.github.cptssdk.indicators.csv.internal.Fields;
import io.github.cptssdk.indicators.csv.internal.HeaderMap;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Streams a care-event CSV file: {@code date,commune,kind} and optionally {@code professional_rpps},
 * {@code honoured} (0/1) and {@code participants} (format: docs/indicators.md). Constant memory.
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EventCsvReader {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("date", "commune", "kind");

  private final CommuneDictionary dictionary;
  private final ErrorPolicy policy;
  private final CsvLimits limits;

  private EventCsvReader(CommuneDictionary dictionary, ErrorPolicy policy, CsvLimits limits) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A copy with other resource limits.
   *
   * @param value the limits (default {@link CsvLimits#DEFAULTS})
   * @return a reader with these limits
   */
  public EventCsvReader withLimits(CsvLimits value) {
    return new EventCsvReader(dictionary, policy, value);
  }

  /**
   * A strict reader: the first bad row stops the read.
   *
   * @param dictionary the known communes: a row of another commune is rejected (CPTS-0706)
   * @return the reader
   * @throws NullPointerException if {@code dictionary} is null
   */
  public static EventCsvReader of(CommuneDictionary dictionary) {
    return new EventCsvReader(dictionary, ErrorPolicy.STRICT, CsvLimits.DEFAULTS);
  }

  /**
   * A copy with another policy for bad rows.
   *
   * @param value stop at the first bad row, or skip and count bad rows
   * @return the reader
   */
  public EventCsvReader withPolicy(ErrorPolicy value) {
    return new EventCsvReader(dictionary, value, limits);
  }

  /**
   * Reads a file, handing each event to {@code sink}.
   *
   * @param file the CSV file (UTF-8)
   * @param sink receives each accepted event, in file order
   * @return what was read
   * @throws CsvInputException for a bad header, or the first bad row with {@link ErrorPolicy#STRICT}, or
   *     under either policy an unterminated quote (CPTS-0712) or a limit of {@link CsvLimits} exceeded
   *     (CPTS-0713 if the file is missing, a directory or cannot be read)
   */
  public ReadSummary read(Path file, Consumer<CareEvent> sink) {
    return CsvFiles.io(file, () -> {
      try (InputStream in = CsvFiles.open(file)) {
        return read(new CsvScanner(in, limits, CsvFiles.name(file), 0, 0), sink);
      }
    });
  }

  /**
   * Reads a CSV stream (not closed).
   *
   * @param in the CSV bytes (UTF-8)
   * @param sink receives each accepted event, in stream order
   * @return what was read
   * @throws CsvInputException for a bad header, or the first bad row with {@link ErrorPolicy#STRICT}, or
   *     under either policy an unterminated quote (CPTS-0712) or a limit of {@link CsvLimits} exceeded
   *     (CPTS-0713 if the stream cannot be read)
   */
  public ReadSummary read(InputStream in, Consumer<CareEvent> sink) {
    return read(new CsvScanner(in, limits), sink);
  }

  private ReadSummary read(CsvScanner s, Consumer<CareEvent> sink) {
    Columns h = new Columns(new HeaderMap(s, REQUIRED));
    long rows = 0;
    long accepted = 0;
    Map<String, Long> rejected = new HashMap<>();
    while (s.next()) {
      rows++;
      try {
        sink.accept(event(s, h));
        accepted++;
      } catch (CsvInputException e) {
        if (policy == ErrorPolicy.STRICT) {
          throw e;
        }
        rejected.merge(e.code(), 1L, Long::sum);
      }
    }
    return new ReadSummary(rows, accepted, rejected);
  }

  /** The positions of the columns, resolved once per read (-1 for an absent optional column). */
  private record Columns(int width, int date, int commune, int kind, int rpps, int honoured, int participants) {
    Columns(HeaderMap h) {
      this(h.width(), h.position("date"), h.position("commune"), h.position("kind"), h.position("professional_rpps"),
          h.position("honoured"), h.position("participants"));
    }
  }

  private CareEvent event(CsvScanner s, Columns h) {
    if (s.fieldCount() != h.width()) {
      throw new CsvInputException("CPTS-0702", s.record(), "");
    }
    byte[] b = s.bytes();
    int day = Fields.day(b, s.start(h.date()), s.end(h.date()));
    if (day <= 0) {
      throw new CsvInputException("CPTS-0708", s.record(), "date");
    }
    String code = s.string(h.commune()).trim();
    if (!CommuneCode.isValid(code)) {
      throw new CsvInputException("CPTS-0705", s.record(), "commune");
    }
    if (dictionary.indexOf(code) < 0) {
      throw new CsvInputException("CPTS-0706", s.record(), "commune");
    }
    CareEvent.Kind kind = kind(s.string(h.kind()).trim(), s.record());
    String rpps = optional(s, h.rpps());
    byte[] digits = ascii(rpps);
    if (!Fields.rppsOrEmpty(digits, 0, digits.length)) {
      throw new CsvInputException("CPTS-0711", s.record(), "professional_rpps");
    }
    String honoured = optional(s, h.honoured());
    if (!honoured.isEmpty() && !honoured.equals("0") && !honoured.equals("1")) {
      throw new CsvInputException("CPTS-0707", s.record(), "honoured");
    }
    return new CareEvent(LocalDate.ofEpochDay(day), CommuneCode.parse(code), kind, rpps.isEmpty() ? null : rpps,
        honoured.equals("1"), participants(s, h.participants()));
  }

  private static CareEvent.Kind kind(String text, long row) {
    try {
      return CareEvent.Kind.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new CsvInputException("CPTS-0714", row, "kind");
    }
  }

  private static int participants(CsvScanner s, int column) {
    String text = optional(s, column);
    if (text.isEmpty()) {
      return 0;
    }
    byte[] digits = ascii(text);
    int p = Fields.digits(digits, 0, digits.length);
    if (p < 0 || p > 1_000_000) {
      throw new CsvInputException("CPTS-0715", s.record(), "participants");
    }
    return p;
  }

  /** @return the ASCII bytes of a field, a non-ASCII character becoming {@code ?} (never a digit) */
  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static String optional(CsvScanner s, int column) {
    return column < 0 ? "" : s.string(column).trim();
  }
}
