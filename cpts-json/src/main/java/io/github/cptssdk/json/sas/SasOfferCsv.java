package io.github.cptssdk.json.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.internal.Messages;
import io.github.cptssdk.core.sas.AppointmentType;
import io.github.cptssdk.core.sas.ConsultationType;
import io.github.cptssdk.core.sas.PracticeSite;
import io.github.cptssdk.core.sas.SasException;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasProfessionalId;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.sas.SasSlot;
import io.github.cptssdk.core.sas.SlotStatus;
import io.github.cptssdk.core.sas.SlotVisibility;
import io.github.cptssdk.core.sas.TimeSlot;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV form of a SAS offer (docs/sas.md): one row per slot, UTF-8, comma-separated, RFC 4180
 * quotes, a header naming the columns (any order, case-insensitive). Strict: the first bad cell stops the
 * read with a {@link SasJsonException} whose {@link SasJsonException#path() path} is {@code row R, column
 * NAME} (the header is row 1), never the value. Rows of one professional at one site make one schedule, in
 * the order first met. Stateless, thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SasOfferCsv {

  /** The required columns. */
  public static final List<String> COLUMNS = List.of("cpts_finess", "cpts_name", "professional", "site_id",
      "site_address", "site_postal_code", "site_city", "slot_id", "start", "end", "consultation", "appointment_type",
      "visibility", "status");
  /**
   * The optional columns: a booking URL per slot, the schedule's planning horizon (else it spans its slots),
   * and the site's commune (INSEE code).
   */
  public static final List<String> OPTIONAL = List.of("booking_url", "horizon_start", "horizon_end", "site_commune");

  private static final Messages MESSAGES =
      new Messages(l -> ResourceBundle.getBundle("io.github.cptssdk.json.sas.messages", l));
  private static final Pattern MODEL_PATH = Pattern.compile("schedules\\[(\\d+)](?:\\.slots\\[(\\d+)])?.*");

  private SasOfferCsv() {}

  /**
   * @param file a CSV offer, at most {@link SasOfferJson#MAX_BYTES}
   * @return the offer
   * @throws SasJsonException if the file cannot be read ({@code CPTS-1143}) or is not a valid offer
   */
  public static SasOffer read(Path file) {
    try {
      if (Files.size(file) > SasOfferJson.MAX_BYTES) {
        throw error("CPTS-1143", "file", SasOfferJson.MAX_BYTES);
      }
      return read(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
    } catch (CharacterCodingException e) {
      throw error("CPTS-1144", "file", "UTF-8 text");
    } catch (IOException e) {
      throw error("CPTS-1143", "file", SasOfferJson.MAX_BYTES);
    }
  }

  /**
   * @param csv a CSV offer
   * @return the offer
   * @throws SasJsonException if it is not a valid offer: {@code CPTS-1144} malformed CSV, {@code CPTS-1145}
   *     a missing, unknown or repeated column, {@code CPTS-1146} an empty required cell, {@code CPTS-1147} a
   *     value of the wrong kind, {@code CPTS-1148} a value that contradicts an earlier row, {@code CPTS-1149}
   *     no slot row, or the model's code for a value it refuses
   */
  public static SasOffer read(String csv) {
    if (Objects.requireNonNull(csv, "csv").length() > SasOfferJson.MAX_BYTES) {
      throw error("CPTS-1143", "file", SasOfferJson.MAX_BYTES);
    }
    List<List<String>> records = records(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
    if (records.isEmpty()) {
      throw error("CPTS-1149", "row 1");
    }
    Map<String, Integer> header = header(records.get(0));
    if (records.size() == 1) {
      throw error("CPTS-1149", "row 2");
    }
    Map<String, Draft> drafts = new LinkedHashMap<>();
    Map<String, Integer> slotRows = new HashMap<>();
    Row first = null;
    for (int r = 1; r < records.size(); r++) {
      Row row = new Row(r + 1, records.get(r), header);
      if (records.get(r).size() != records.get(0).size()) {
        throw error("CPTS-1144", "row " + row.number, records.get(0).size() + " cells");
      }
      if (first == null) {
        first = row;
      } else {
        row.same(first, "cpts_finess");
        row.same(first, "cpts_name");
      }
      SasProfessionalId who = row.value("professional", () -> SasProfessionalId.parse(row.required("professional")));
      String communeText = row.optional("site_commune");
      CommuneCode commune = communeText == null ? null : row.value("site_commune", () -> CommuneCode.parse(communeText));
      PracticeSite site = row.value("site_id", () -> new PracticeSite(row.required("site_id"), row.required("site_address"),
          row.required("site_postal_code"), row.required("site_city"), commune));
      Draft d = drafts.get(who + "-" + site.id());
      if (d == null) {
        drafts.put(who + "-" + site.id(), d = new Draft(who, site, row));
      } else {
        for (String c : List.of("site_address", "site_postal_code", "site_city", "site_commune", "horizon_start",
            "horizon_end")) {
          row.same(d.first, c);
        }
      }
      d.slots.add(slot(row));
      d.rows.add(row.number);
      Integer seen = slotRows.putIfAbsent(row.required("slot_id"), row.number);
      if (seen != null) {
        throw error("CPTS-1148", "row " + row.number + ", column slot_id", seen);
      }
    }
    Row head = Objects.requireNonNull(first);
    FinessNumber finess = head.value("cpts_finess", () -> FinessNumber.parse(head.required("cpts_finess")));
    List<Draft> list = List.copyOf(drafts.values());
    List<SasSchedule> schedules = new ArrayList<>();
    try {
      for (Draft d : list) {
        TimeSlot horizon = d.horizon();
        try {
          schedules.add(new SasSchedule(d.who, d.site, horizon, d.slots));
        } catch (SasException e) {
          throw at(e, "schedules[" + schedules.size() + "]." + e.path(), list, head);
        }
      }
      return new SasOffer(finess, head.required("cpts_name"), schedules);
    } catch (SasException e) {
      throw at(e, e.path(), list, head);
    }
  }

  /** @return the model's error at the CSV row of its path ({@code schedules[i].slots[j]...}) */
  private static SasJsonException at(SasException e, String path, List<Draft> drafts, Row head) {
    Matcher m = MODEL_PATH.matcher(path);
    if (!m.matches()) {
      return new SasJsonException(e.code(), head.where("cpts_name"), e.localizedMessage().en());
    }
    Draft d = drafts.get(Integer.parseInt(m.group(1)));
    return m.group(2) == null ? new SasJsonException(e.code(), d.first.where("site_id"), e.localizedMessage().en())
        : new SasJsonException(e.code(), "row " + d.rows.get(Integer.parseInt(m.group(2))) + ", column start",
            e.localizedMessage().en());
  }

  private static SasSlot slot(Row row) {
    TimeSlot time = row.range("start", "end");
    ConsultationType c = row.constant("consultation", ConsultationType::valueOf);
    AppointmentType a = row.constant("appointment_type", AppointmentType::valueOf);
    SlotStatus status = row.constant("status", SlotStatus::valueOf);
    Set<SlotVisibility> visibility = EnumSet.noneOf(SlotVisibility.class);
    for (String v : row.required("visibility").split(";", -1)) {
      visibility.add(row.value("visibility", () -> SlotVisibility.valueOf(v)));
    }
    String url = row.optional("booking_url");
    return row.value("slot_id", () -> new SasSlot(row.required("slot_id"), time, c, a, visibility, status, url));
  }

  /** The slots of one professional at one site, and the row that opened it. */
  private static final class Draft {
    final SasProfessionalId who;
    final PracticeSite site;
    final Row first;
    final List<SasSlot> slots = new ArrayList<>();
    final List<Integer> rows = new ArrayList<>();

    Draft(SasProfessionalId who, PracticeSite site, Row first) {
      this.who = who;
      this.site = site;
      this.first = first;
    }

    TimeSlot horizon() {
      if (first.optional("horizon_start") != null || first.optional("horizon_end") != null) {
        return first.range("horizon_start", "horizon_end");
      }
      Instant start = slots.stream().map(s -> s.time().start()).min(Instant::compareTo).orElseThrow();
      Instant end = slots.stream().map(s -> s.time().end()).max(Instant::compareTo).orElseThrow();
      return TimeSlot.of(start, end);
    }
  }

  /** One data row: its number (the header is 1), its cells and the header's columns. */
  private static final class Row {
    final int number;
    final List<String> cells;
    final Map<String, Integer> header;

    Row(int number, List<String> cells, Map<String, Integer> header) {
      this.number = number;
      this.cells = cells;
      this.header = header;
    }

    String where(String column) {
      return "row " + number + ", column " + column;
    }

    @Nullable String optional(String column) {
      Integer i = header.get(column);
      return i == null || i >= cells.size() || cells.get(i).isEmpty() ? null : cells.get(i);
    }

    String required(String column) {
      String v = optional(column);
      if (v == null) {
        throw error("CPTS-1146", where(column));
      }
      return v;
    }

    void same(Row earlier, String column) {
      if (!Objects.equals(optional(column), earlier.optional(column))) {
        throw error("CPTS-1148", where(column), earlier.number);
      }
    }

    TimeSlot range(String startColumn, String endColumn) {
      Instant start = instant(startColumn);
      Instant end = instant(endColumn);
      return value(endColumn, () -> TimeSlot.of(start, end));
    }

    Instant instant(String column) {
      String t = required(column);
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e) {
        throw error("CPTS-1147", where(column), "date-time with offset");
      }
    }

    <E> E constant(String column, Function<String, E> valueOf) {
      String t = required(column);
      return value(column, () -> valueOf.apply(t));
    }

    <T> T value(String column, Source<T> s) {
      try {
        return s.get();
      } catch (SasJsonException e) {
        throw e;
      } catch (SasException e) {
        throw new SasJsonException(e.code(), where(column), e.localizedMessage().en());
      } catch (CptsException e) {
        throw new SasJsonException(e.code(), where(column), e.getMessage().substring(e.code().length() + 2));
      } catch (IllegalArgumentException e) {
        throw error("CPTS-1147", where(column), "known code");
      }
    }
  }

  private interface Source<T> {
    T get();
  }

  private static Map<String, Integer> header(List<String> names) {
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i).strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(n) && !OPTIONAL.contains(n) || header.put(n, i) != null) {
        throw error("CPTS-1145", "row 1, column " + (i + 1), String.join(",", COLUMNS));
      }
    }
    for (String c : COLUMNS) {
      if (!header.containsKey(c)) {
        throw error("CPTS-1145", "row 1, column " + c, String.join(",", COLUMNS));
      }
    }
    return header;
  }

  /** RFC 4180 records: quoted cells may hold commas, quotes ({@code ""}) and line breaks; CRLF or LF. */
  private static List<List<String>> records(String csv) {
    List<List<String>> out = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int row = 1;
    int i = 0;
    while (i < csv.length()) {
      char ch = csv.charAt(i);
      if (ch == '"' && cell.length() == 0) {
        int quoteRow = row;
        i++;
        while (true) {
          if (i >= csv.length()) {
            throw error("CPTS-1144", "row " + quoteRow, "a closing quote");
          }
          char q = csv.charAt(i++);
          if (q == '"' && i < csv.length() && csv.charAt(i) == '"') {
            cell.append('"');
            i++;
          } else if (q == '"') {
            break;
          } else {
            row += q == '\n' ? 1 : 0;
            cell.append(q);
          }
        }
        if (i < csv.length() && ",\r\n".indexOf(csv.charAt(i)) < 0) {
          throw error("CPTS-1144", "row " + row, "a comma or a line end after a closing quote");
        }
      } else if (ch == ',') {
        record.add(cell.toString());
        cell.setLength(0);
        i++;
      } else if (ch == '\r' || ch == '\n') {
        record.add(cell.toString());
        cell.setLength(0);
        out.add(record);
        record = new ArrayList<>();
        i += ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n' ? 2 : 1;
        row++;
      } else if (ch == '"') {
        throw error("CPTS-1144", "row " + row, "a quote only around a whole cell");
      } else {
        cell.append(ch);
        i++;
      }
    }
    if (cell.length() > 0 || !record.isEmpty()) {
      record.add(cell.toString());
      out.add(record);
    }
    return out;
  }

  private static SasJsonException error(String code, String path, Object... args) {
    return new SasJsonException(code, path, MESSAGES.english(code, args));
  }
}
