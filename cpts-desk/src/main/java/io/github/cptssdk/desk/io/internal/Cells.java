package io.github.cptssdk.desk.io.internal;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.desk.AgeBand;
import io.github.cptssdk.desk.DeskException;
import io.github.cptssdk.desk.RequestId;
import io.github.cptssdk.desk.Step;
import io.github.cptssdk.desk.StepRecord;
import io.github.cptssdk.desk.io.DeskFormatException;
import io.github.cptssdk.indicators.csv.internal.CsvScanner;
import io.github.cptssdk.indicators.csv.internal.Fields;
import io.github.cptssdk.indicators.csv.internal.HeaderMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the fields of the current row of a desk CSV, each error naming its row and column. */
public final class Cells {

  private static final Pattern STEP = Pattern.compile("([A-Z_]+):(\\d{4}-\\d{2}-\\d{2})(?::(\\d{11}))?");

  private final CsvScanner s;
  private final HeaderMap h;

  public Cells(CsvScanner s, HeaderMap h) {
    this.s = s;
    this.h = h;
  }

  /** @throws DeskFormatException CPTS-1333 for a row of another width than the header */
  public void checkWidth() {
    if (s.fieldCount() != h.width()) {
      throw DeskFormatException.row("CPTS-1333", s.record(), "");
    }
  }

  public long row() {
    return s.record();
  }

  /** @return the trimmed field, or "" for an absent optional column */
  public String text(String column) {
    int p = h.position(column);
    return p < 0 ? "" : s.string(p).trim();
  }

  public boolean has(String column) {
    return h.position(column) >= 0;
  }

  public RequestId requestId(String column) {
    String t = text(column);
    if (!RequestId.isValid(t)) {
      throw err("CPTS-1320", column);
    }
    return RequestId.parse(t);
  }

  public CommuneCode commune(String column, CommuneReferential referential) {
    String t = text(column);
    if (!CommuneCode.isValid(t)) {
      throw err("CPTS-1321", column);
    }
    CommuneCode c = CommuneCode.parse(t);
    if (referential.commune(c).isEmpty()) {
      throw err("CPTS-1322", column);
    }
    return c;
  }

  public int birthYear(String column) {
    byte[] b = ascii(text(column));
    int y = Fields.year(b, 0, b.length);
    if (y < 0) {
      throw err("CPTS-1323", column);
    }
    return y;
  }

  /** @return the 0/1 flag; an absent optional column or an empty optional value is {@code absent} */
  public boolean flag(String column, boolean required, boolean absent) {
    String t = text(column);
    if (t.isEmpty() && !required) {
      return absent;
    }
    if (!t.equals("0") && !t.equals("1")) {
      throw err("CPTS-1324", column);
    }
    return t.equals("1");
  }

  /** @return the date, or null for an empty optional value */
  public LocalDate date(String column, boolean required) {
    String t = text(column);
    if (t.isEmpty() && !required) {
      return null;
    }
    return parseDate(t, column);
  }

  private LocalDate parseDate(String t, String column) {
    byte[] b = ascii(t);
    int day = Fields.day(b, 0, b.length);
    if (day <= 0) {
      throw err("CPTS-1325", column);
    }
    return LocalDate.ofEpochDay(day);
  }

  public RppsNumber rpps(String column) {
    String t = text(column);
    if (!RppsNumber.isValid(t)) {
      throw err("CPTS-1328", column);
    }
    return RppsNumber.parse(t);
  }

  public int count(String column, int max, String code) {
    byte[] b = ascii(text(column));
    int v = Fields.digits(b, 0, b.length);
    if (v < 0 || v > max) {
      throw err(code, column);
    }
    return v;
  }

  public <E extends Enum<E>> E choice(String column, Class<E> type, E absent, String code) {
    String t = text(column);
    if (t.isEmpty()) {
      return absent;
    }
    try {
      return Enum.valueOf(type, t);
    } catch (IllegalArgumentException e) {
      throw err(code, column);
    }
  }

  public Set<AgeBand> ageBands(String column) {
    String t = text(column);
    if (t.isEmpty()) {
      return EnumSet.allOf(AgeBand.class);
    }
    Set<AgeBand> out = EnumSet.noneOf(AgeBand.class);
    for (String part : t.split(";", -1)) {
      try {
        out.add(AgeBand.valueOf(part.trim()));
      } catch (IllegalArgumentException e) {
        throw err("CPTS-1330", column);
      }
    }
    return out;
  }

  /** @return the steps after RECEIVED, checked for their form (the lifecycle is checked by the request) */
  public List<StepRecord> steps(String column) {
    String t = text(column);
    List<StepRecord> out = new ArrayList<>();
    if (t.isEmpty()) {
      return out;
    }
    String[] parts = t.split(";", -1);
    if (parts.length >= 64) {
      throw err("CPTS-1332", column, "CPTS-1313");
    }
    for (String part : parts) {
      var m = STEP.matcher(part.trim());
      if (!m.matches()) {
        throw err("CPTS-1331", column);
      }
      Step step = choice0(m.group(1), column);
      LocalDate on = parseDate(m.group(2), column);
      String gp = m.group(3);
      if (gp != null && !RppsNumber.isValid(gp)) {
        throw err("CPTS-1328", column);
      }
      try {
        out.add(new StepRecord(step, on, gp == null ? null : RppsNumber.parse(gp)));
      } catch (DeskException e) {
        throw err("CPTS-1332", column, e.code());
      }
    }
    return out;
  }

  private Step choice0(String name, String column) {
    try {
      return Step.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw err("CPTS-1331", column);
    }
  }

  public DeskFormatException err(String code, String column, Object... more) {
    return DeskFormatException.row(code, s.record(), column, more);
  }

  private static byte[] ascii(String t) {
    return t.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
