package io.github.cptssdk.registries.internal;

import io.github.cptssdk.registries.RegistryException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The positions of the known columns in an Annuaire header line, resolved by normalised label; unknown
 * columns are ignored; the trailing empty field of a line ending with {@code |} is not a column.
 */
public final class HeaderIndex {

  private final Map<AnnuaireColumn, Integer> positions = new EnumMap<>(AnnuaireColumn.class);
  private final int width;

  /**
   * @throws RegistryException CPTS-1001 if there is no header, CPTS-1014 for a column given twice,
   *     CPTS-1000 for a missing required column
   */
  public HeaderIndex(LineScanner s, List<AnnuaireColumn> required, String file) {
    if (!s.next()) {
      throw RegistryException.of("CPTS-1001", file);
    }
    boolean utf8 = !s.hasHighBytes() || Text.isUtf8(s.bytes(), s.lineStart(), s.lineEnd());
    int n = s.fieldCount();
    if (n > 1 && s.length(n - 1) == 0) {
      n--;
    }
    width = n;
    for (int f = 0; f < n; f++) {
      AnnuaireColumn c = AnnuaireColumn.byLabel(Text.decode(s.bytes(), s.start(f), s.end(f), utf8));
      if (c != null && positions.put(c, f) != null) {
        throw RegistryException.of("CPTS-1014", c.label2026(), file);
      }
    }
    for (AnnuaireColumn r : required) {
      if (!positions.containsKey(r)) {
        throw RegistryException.of("CPTS-1000", r.label2026(), file);
      }
    }
  }

  /** @return the position of the column, or -1 if absent */
  public int position(AnnuaireColumn c) {
    return positions.getOrDefault(c, -1);
  }

  /** @return the number of columns of the header, the trailing empty field excluded */
  public int width() {
    return width;
  }

  /** @return true if a data line with {@code count} fields fits the header (with or without the trailing {@code |}) */
  public boolean fits(LineScanner s) {
    int count = s.fieldCount();
    return count == width || (count == width + 1 && s.length(width) == 0);
  }
}
