package io.github.cptssdk.indicators.csv.internal;

import io.github.cptssdk.core.internal.Redaction;
import io.github.cptssdk.indicators.csv.CsvInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Positions of named columns in a CSV header (names trimmed, case-insensitive, a UTF-8 BOM ignored). */
public final class HeaderMap {

  private final Map<String, Integer> positions = new HashMap<>();
  private final int width;

  /**
   * @throws CsvInputException CPTS-0701 if there is no header, CPTS-0716 for a duplicated column,
   *     CPTS-0700 for a missing required column
   */
  public HeaderMap(CsvScanner scanner, List<String> required) {
    if (!scanner.next()) {
      throw CsvInputException.header("CPTS-0701");
    }
    width = scanner.fieldCount();
    for (int f = 0; f < width; f++) {
      String name = scanner.string(f).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
      if (positions.put(name, f) != null) {
        throw CsvInputException.header("CPTS-0716", Redaction.name(name)); // a header-less file repeats values
      }
    }
    for (String r : required) {
      if (!positions.containsKey(r)) {
        throw CsvInputException.header("CPTS-0700", r, String.join(",", required));
      }
    }
  }

  /** @return the position of the column, or -1 if absent */
  public int position(String name) {
    return positions.getOrDefault(name, -1);
  }

  /** @return the number of columns of the header */
  public int width() {
    return width;
  }
}
