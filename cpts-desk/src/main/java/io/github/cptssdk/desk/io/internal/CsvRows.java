package io.github.cptssdk.desk.io.internal;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.csv.CsvLimits;
import io.github.cptssdk.indicators.csv.internal.CsvScanner;
import io.github.cptssdk.indicators.csv.internal.HeaderMap;
import io.github.cptssdk.desk.io.DeskFormatException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** The read loop of the desk CSV readers: the shared scanner, strict or skip, a summary by code. */
public final class CsvRows {

  private CsvRows() {}

  /**
   * @param unreadable the desk's exception for an input that fails while it is read (CPTS-1360, CPTS-1361)
   * @param row builds the value of the current row, or throws a {@link DeskFormatException}
   * @throws CptsException a bad header (CPTS-0700, 0701, 0716), a broken file (CPTS-0712, 0718, 0719), or
   *     the first bad row under {@link ErrorPolicy#STRICT}
   */
  public static <T> ReadSummary read(InputStream in, Function<String, ? extends RuntimeException> unreadable,
      List<String> required, ErrorPolicy policy, Function<Cells, T> row, Consumer<T> sink) {
    CsvScanner s = new CsvScanner(in, CsvLimits.DEFAULTS, unreadable);
    Cells cells = new Cells(s, new HeaderMap(s, required));
    long rows = 0;
    long accepted = 0;
    Map<String, Long> rejected = new HashMap<>();
    while (s.next()) {
      rows++;
      T value;
      try {
        cells.checkWidth();
        value = row.apply(cells);
      } catch (DeskFormatException e) {
        if (policy == ErrorPolicy.STRICT) {
          throw e;
        }
        rejected.merge(e.code(), 1L, Long::sum);
        continue;
      }
      sink.accept(value);
      accepted++;
    }
    return new ReadSummary(rows, accepted, rejected);
  }
}
