package io.github.cptssdk.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.csv.CsvInputException;
import io.github.cptssdk.indicators.csv.EventCsvReader;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.testing.TestReferential;
import io.github.cptssdk.spark.internal.CliBridge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad care-event rows give the event reader's codes, columns and row numbers (strict) and its counts
 * (skip), on CSV files and typed tables; what is accepted under skip gives the in-memory report; the
 * command line's bridge hands over coded exceptions only.
 */
class EventBadInputTest {

  private static final String HEADER = "date,commune,kind,professional_rpps,honoured,participants";
  private static final String GOOD = "2025-03-01,34301,SAS_APPOINTMENT,81000000001,1,";
  private static final String PATIENTS = "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s\n"
      + "p1,1950,F,34301,81000000000,1,0\np2,1980,M,34108,,0,0\n";

  private static final String[] CASES = {
      "2025-02-30,34301,SAS_APPOINTMENT,,1,|CPTS-0708|date",
      ",34301,PATHWAY,,,|CPTS-0708|date",
      "1970-01-01,34301,PATHWAY,,,|CPTS-0708|date",
      "2025-03-01,3430,PATHWAY,,,|CPTS-0705|commune",
      "2025-03-01,34999,PATHWAY,,,|CPTS-0706|commune",
      "2025-03-01, 34301 ,VISIT,,,|CPTS-0714|kind",
      "2025-03-01,34301,PATHWAY,123,,|CPTS-0711|professional_rpps",
      "2025-03-01,34301,SAS_APPOINTMENT,,yes,|CPTS-0707|honoured",
      "2025-03-01,34301,PREVENTION_EVENT,,,1000001|CPTS-0715|participants",
      "2025-03-01,34301,PREVENTION_EVENT,,,-3|CPTS-0715|participants",
      "2025-03-01,34301,PATHWAY|CPTS-0702|",
      "2025-03-01,34301,PATHWAY,,,,x|CPTS-0702|"};

  private final IndicatorEngine engine = IndicatorEngine.builder().referential(TestReferential.get()).year(2025).build();

  @TempDir
  Path dir;

  /** Two cases only: a value check and a short row (every code is checked below, in one job). */
  static Stream<Arguments> cases() {
    return Stream.of(CASES[5], CASES[CASES.length - 2]).map(c -> Arguments.of((Object[]) c.split("\\|", -1)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void strictStopsAtTheReadersRow(String bad, String code, String column) throws Exception {
    Path events = events(List.of(GOOD, GOOD.replace("SAS", "SNP"), bad, GOOD));
    CsvInputException expected = catchThrowableOfType(CsvInputException.class,
        () -> EventCsvReader.of(engine.dictionary()).read(events, e -> { }));
    SparkIndicators spark = SparkIndicators.of(engine, SharedSpark.get());
    CsvInputException actual = catchThrowableOfType(CsvInputException.class,
        () -> spark.compute(spark.readCsv(patients().toString()), spark.readCsv(events.toString())));
    assertThat(actual.code()).isEqualTo(code).isEqualTo(expected.code());
    assertThat(actual.column()).isEqualTo(column).isEqualTo(expected.column());
    assertThat(actual.row()).isEqualTo(expected.row()).isEqualTo(4);
  }

  /** Every bad event of one file gets the code and column the reader gives it alone (one Spark job for all). */
  @Test
  void everyBadEventGetsTheReadersCodeAndColumn() throws Exception {
    List<String> rows = new ArrayList<>(List.of(GOOD));
    for (String c : CASES) {
      rows.add(c.split("\\|")[0]);
    }
    SparkIndicators spark = SparkIndicators.of(engine, SharedSpark.get());
    List<String[]> codes = spark.codes(spark.readCsv(events(rows).toString()), true);
    assertThat(codes).hasSize(rows.size());
    assertThat(codes.get(0)).containsOnlyNulls();
    for (int i = 0; i < CASES.length; i++) {
      String[] c = CASES[i].split("\\|", -1);
      Path alone = events(List.of(GOOD, c[0]));
      CsvInputException expected = catchThrowableOfType(CsvInputException.class,
          () -> EventCsvReader.of(engine.dictionary()).read(alone, e -> { }));
      assertThat(expected.code()).as(c[0]).isEqualTo(c[1]);
      assertThat(expected.column()).as(c[0]).isEqualTo(c[2]);
      assertThat(codes.get(i + 1)).as(c[0]).containsExactly(c[1], c[2]);
    }
  }

  @Test
  void skippedEventsAreCountedByTheReadersCodesAndTheRestIsUsed() throws Exception {
    List<String> rows = new ArrayList<>(List.of(GOOD, "2024-12-31,34301,SAS_APPOINTMENT,81000000002,1,"));
    for (String c : CASES) {
      rows.add(c.split("\\|")[0]);
      rows.add(GOOD.replace("81000000001", "810000000" + (10 + rows.size())));
      rows.add("2025-06-0" + (rows.size() % 9 + 1) + ",34108,PREVENTION_EVENT,,," + rows.size());
      rows.add("2025-06-01,34108,PATHWAY,8100000000" + (rows.size() % 3) + ",,");
    }
    Path events = events(rows);
    IndicatorAccumulator acc = engine.newAccumulator();
    ReadSummary patients = PatientCsvReader.of(engine.dictionary()).withPolicy(ErrorPolicy.SKIP).read(patients(), acc);
    ReadSummary skipped = EventCsvReader.of(engine.dictionary()).withPolicy(ErrorPolicy.SKIP).read(events, acc::accept);
    SparkIndicators spark = SparkIndicators.of(engine, SharedSpark.get()).withPolicy(ErrorPolicy.SKIP);
    SparkResult actual = spark.compute(spark.readCsv(patients().toString()), spark.readCsv(events.toString()));
    assertThat(skipped.rejected()).isEqualTo(CASES.length);
    assertThat(actual.events()).isEqualTo(skipped);
    assertThat(actual.patients()).isEqualTo(patients);
    SparkDifferentialTest.assertSame(actual.report(), acc.report());
  }

  @Test
  void aMissingEventColumnIsCpts0700() throws Exception {
    Path events = dir.resolve("no-kind.csv");
    Files.writeString(events, "date,commune\n2025-03-01,34301\n");
    SparkIndicators spark = SparkIndicators.of(engine, SharedSpark.get());
    CsvInputException e = catchThrowableOfType(CsvInputException.class,
        () -> spark.compute(spark.readCsv(patients().toString()), spark.readCsv(events.toString())));
    assertThat(e.code()).isEqualTo("CPTS-0700");
    assertThat(e.getMessage()).contains("kind");
  }

  @Test
  void typedEventTablesAreReadByTheirStringForm() throws Exception {
    SparkIndicators spark = SparkIndicators.of(engine, SharedSpark.get());
    var patients = spark.readCsv(patients().toString());
    var typed = SharedSpark.get().sql("SELECT DATE'2025-03-01' AS `Date`, '34301' AS commune, 'PREVENTION_EVENT' AS kind, "
        + "12 AS participants");
    SparkResult r = spark.compute(patients, typed);
    assertThat(r.events()).isEqualTo(new ReadSummary(1, 1, java.util.Map.of()));
    var wrong = SharedSpark.get().sql("SELECT TIMESTAMP'2025-03-01 10:00:00' AS date, '34301' AS commune, 'PATHWAY' AS kind, "
        + "CAST(NULL AS BOOLEAN) AS honoured UNION ALL SELECT TIMESTAMP'2025-03-01 00:00:00', '34301', 'SAS_APPOINTMENT', NULL");
    assertThat(spark.codes(wrong, true)).containsExactly(new String[] {"CPTS-0708", "date"}, new String[] {"CPTS-0708", "date"});
    var flag = SharedSpark.get().sql("SELECT DATE'2025-03-01' AS date, '34301' AS commune, 'SAS_APPOINTMENT' AS kind, true AS honoured");
    assertThat(spark.codes(flag, true)).containsExactly(new String[] {"CPTS-0707", "honoured"});
  }

  /** What the command line's bridge throws is the reader's coded exception, never a Spark one. */
  @Test
  void theCommandLineBridgeThrowsCodedExceptionsOnly() throws Exception {
    Path events = events(List.of(GOOD, CASES[4].split("\\|")[0]));
    Throwable t = catchThrowable(() -> CliBridge.compute(SharedSpark.get(), engine, patients().toString(), events.toString(),
        ErrorPolicy.STRICT));
    assertThat(t).isInstanceOf(CptsException.class);
    assertThat(((CptsException) t).code()).isEqualTo("CPTS-0706");
    Path shortPatients = dir.resolve("short.csv");
    Files.writeString(shortPatients, PATIENTS + "p3,1950\n");
    t = catchThrowable(() -> CliBridge.compute(SharedSpark.get(), engine, shortPatients.toString(), null, ErrorPolicy.STRICT));
    assertThat(t).isInstanceOf(CptsException.class);
    assertThat(((CptsException) t).code()).isEqualTo("CPTS-0702");
    Object[] ok = CliBridge.compute(SharedSpark.get(), engine, patients().toString(), null, ErrorPolicy.STRICT);
    assertThat(ok[2]).isNull();
  }

  private Path patients() throws Exception {
    Path file = dir.resolve("patients.csv");
    Files.writeString(file, PATIENTS);
    return file;
  }

  private Path events(List<String> rows) throws Exception {
    Path file = dir.resolve("events.csv");
    Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
    return file;
  }
}
