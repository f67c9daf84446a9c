package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciRulesException;
import io.github.cptssdk.core.aci.AciVersionId;
import io.github.cptssdk.core.aci.SuppliedTable;
import io.github.cptssdk.core.aci.VersionItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the text form of a supplied table: the 7 tab-separated columns of the rule files. */
public final class TableText {

  private static final int COLUMNS = 7;

  /** The item of the header line naming the version (also the item of a malformed id among malformed rows). */
  public static final String VERSION_ID = VersionItem.VERSION_ID.name();

  /** The item of the header line naming the source label of a table (tables only, not a rule item). */
  public static final String SOURCE = "SOURCE";

  private TableText() {}

  public static SuppliedTable parse(String text, String defaultSource) {
    AciVersionId version = null;
    String source = defaultSource;
    List<SuppliedTable.Row> rows = new ArrayList<>();
    List<SuppliedTable.Row> malformed = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != COLUMNS) {
        malformed.add(new SuppliedTable.Row(i + 1, "", null, null, String.valueOf(c.length), null, List.of(), ""));
        continue;
      }
      SuppliedTable.Row row = new SuppliedTable.Row(i + 1, c[0].strip(), cell(c[1]), cell(c[2]), cell(c[3]), cell(c[4]),
          cell(c[5]) == null ? List.of() : Arrays.asList(c[5].strip().split(",")), c[6]);
      if (row.item().equals(VERSION_ID) && row.value() != null) {
        AciVersionId id = versionId(row.value());
        if (id == null) {
          malformed.add(row);
        } else {
          version = id;
        }
      } else if (row.item().equals(SOURCE) && row.value() != null) {
        source = row.value();
      } else {
        rows.add(row);
      }
    }
    return new SuppliedTable(version, source.isBlank() ? "supplied" : source, rows, malformed);
  }

  /** @return the id, or null if {@code text} is not a version id (then the line is malformed, CPTS-1495) */
  public static @Nullable AciVersionId versionId(String text) {
    try {
      return AciVersionId.parse(text);
    } catch (AciRulesException e) {
      return null;
    }
  }

  private static @Nullable String cell(String s) {
    String t = s.strip();
    return t.isEmpty() || t.equals("-") ? null : t;
  }
}
