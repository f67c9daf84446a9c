package io.github.cptssdk.indicators.csv.fuzz;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.testing.Mutations;
import io.github.cptssdk.indicators.testing.PatientArbitraries;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Valid patient and event CSV files, and CSV-aware mutations of them (for the fuzz suites). */
public final class CsvSamples {

  public static final List<CommuneCode> COMMUNES = PatientArbitraries.codes(TestReferential.get());
  private static final String[] KINDS = {"SAS_APPOINTMENT", "SNP_APPOINTMENT", "PATHWAY", "PREVENTION_EVENT"};
  private static final String[] BAD_FIELDS = {"", " ", "\"\"", "\"a\"\"b\"", "\"x,y\"", "\"multi\nline\"", "1849", "2201",
      "19999", "X", "m", "3", "2", "00000", "2A004", "99999", "7510", "751011", "1234567890", "123456789012", "2", "-1",
      "2024-02-30", "2023-02-29", "1970-01-01", "1970-01-02", "2149-06-06", "2149-06-07", "2024-1-01", "2024/01/01",
      "99999-01-01", "sas_appointment", "UNKNOWN", "1000000", "1000001", "999999999999", "\u00e9", "\uFEFF", "p1", "\"p1\""};

  private CsvSamples() {}

  /** @return a valid patient CSV of 1 to 60 rows (header order, line ends, quoting and BOM vary) */
  public static byte[] patients(Random r) {
    String eol = r.nextInt(4) == 0 ? "\r\n" : "\n";
    StringBuilder sb = new StringBuilder(r.nextInt(5) == 0 ? "\uFEFF" : "");
    sb.append("patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s,flu_vaccination,colorectal_screening")
        .append(r.nextBoolean() ? ",breast_screening,cervical_screening" : "").append(eol);
    boolean allDates = sb.indexOf("breast") >= 0;
    int rows = 1 + r.nextInt(60);
    for (int i = 0; i < rows; i++) {
      sb.append(r.nextInt(8) == 0 ? "\"p," + i + "\"" : "p" + i).append(',').append(1920 + r.nextInt(105)).append(',')
          .append("MF12".charAt(r.nextInt(4))).append(',').append(COMMUNES.get(r.nextInt(COMMUNES.size())).value())
          .append(',').append(r.nextBoolean() ? "" : String.valueOf(10_000_000_000L + r.nextInt(1_000_000)))
          .append(',').append(r.nextInt(2)).append(',').append(r.nextInt(2));
      for (int d = 0; d < (allDates ? 4 : 2); d++) {
        sb.append(',').append(r.nextBoolean() ? "" : date(r));
      }
      sb.append(eol);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** @return a valid event CSV of 1 to 60 rows */
  public static byte[] events(Random r) {
    StringBuilder sb = new StringBuilder("date,commune,kind,professional_rpps,honoured,participants\n");
    int rows = 1 + r.nextInt(60);
    for (int i = 0; i < rows; i++) {
      sb.append(date(r)).append(',').append(COMMUNES.get(r.nextInt(COMMUNES.size())).value()).append(',')
          .append(KINDS[r.nextInt(KINDS.length)]).append(',')
          .append(r.nextBoolean() ? "" : String.valueOf(10_000_000_000L + r.nextInt(1_000_000))).append(',')
          .append(r.nextBoolean() ? "" : String.valueOf(r.nextInt(2))).append(',')
          .append(r.nextBoolean() ? "" : String.valueOf(r.nextInt(500))).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String date(Random r) {
    return LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000)).toString();
  }

  /** @return the CSV with 1 to 3 mutations: a field replaced, a field added or removed, or any byte mutation */
  public static byte[] mutate(byte[] csv, Random r) {
    byte[] out = csv;
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(4);
      out = kind == 0 ? Mutations.mutateOnce(out, r) : fieldMutation(new String(out, StandardCharsets.UTF_8), r);
    }
    return out;
  }

  private static byte[] fieldMutation(String csv, Random r) {
    int[] bounds = fieldAt(csv, csv.isEmpty() ? 0 : r.nextInt(csv.length()));
    String replacement = switch (r.nextInt(6)) {
      case 0 -> "";
      case 1 -> csv.substring(bounds[0], bounds[1]) + ",";
      case 2 -> "x".repeat(1 + r.nextInt(5000));
      default -> BAD_FIELDS[r.nextInt(BAD_FIELDS.length)];
    };
    String cut = r.nextInt(8) == 0 && bounds[1] < csv.length() ? csv.substring(0, bounds[0]) + csv.substring(bounds[1] + 1)
        : csv.substring(0, bounds[0]) + replacement + csv.substring(bounds[1]);
    return cut.getBytes(StandardCharsets.UTF_8);
  }

  /** @return {start, end} of the field around {@code at} (separators excluded) */
  private static int[] fieldAt(String csv, int at) {
    int s = at;
    while (s > 0 && csv.charAt(s - 1) != ',' && csv.charAt(s - 1) != '\n') {
      s--;
    }
    int e = at;
    while (e < csv.length() && csv.charAt(e) != ',' && csv.charAt(e) != '\n' && csv.charAt(e) != '\r') {
      e++;
    }
    return new int[] {s, e};
  }
}
