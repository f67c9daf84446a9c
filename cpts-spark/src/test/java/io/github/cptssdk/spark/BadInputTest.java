package io.github.cptssdk.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.csv.CsvInputException;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.testing.TestReferential;
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

/** Bad input gives the CSV reader's codes, columns and row numbers, on CSV files and on typed tables. */
class BadInputTest {

  private static final String HEADER = "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s,flu_vaccination,"
      + "colorectal_screening,breast_screening,cervical_screening";
  private static final String GOOD = "p1,1950,F,34301,81000000000,1,0,2024-11-02,,2024-03-01,";

  private final IndicatorEngine engine = IndicatorEngine.builder().referential(TestReferential.get()).year(2025).build();

  @TempDir
  Path dir;

  private static final String[] CASES = {
      "p2,19x0,F,34301,,0,0,,,,|CPTS-0703|birth_year",
      "p2,1849,F,34301,,0,0,,,,|CPTS-0703|birth_year",
      "p2,1950,X,34301,,0,0,,,,|CPTS-0704|sex",
      "p2,1950,M,3430,,0,0,,,,|CPTS-0705|commune",
      "p2,1950,M,34999,,0,0,,,,|CPTS-0706|commune",
      "p2,1950,M,34301,123,0,0,,,,|CPTS-0711|treating_doctor_rpps",
      "p2,1950,M,34301,,2,0,,,,|CPTS-0707|ald",
      "p2,1950,M,34301,,0,yes,,,,|CPTS-0707|c2s",
      "p2,1950,M,34301,,0,0,2024-02-30,,,|CPTS-0708|flu_vaccination",
      "p2,1950,M,34301,,0,0,,,,1969-12-31|CPTS-0708|cervical_screening",
      ",1950,M,34301,,0,0,,,,|CPTS-0710|patient_id",
      "p1,1950,M,34301,,0,0,,,,|CPTS-0709|patient_id",
      "p2,1950,M,34301,,0,0|CPTS-0702|",
      "p2,1950,M,34301,,0,0,,,,,1|CPTS-0702|"};

  /** Every bad row of one file gets the code and column the reader gives it alone (one Spark job for all). */
  @Test
  void everyBadRowGetsTheReadersCodeAndColumn() throws Exception {
    List<String> rows = new ArrayList<>(List.of(GOOD));
    for (String c : CASES) {
      rows.add(c.split("\\|")[0]);
    }
    SparkIndicators spark = SparkIndicators.of(engine, SharedSpark.get());
    List<String[]> codes = spark.codes(spark.readCsv(csv(rows).toString()), false);
    assertThat(codes).hasSize(rows.size());
    assertThat(codes.get(0)).containsOnlyNulls();
    for (int i = 0; i < CASES.length; i++) {
      String[] c = CASES[i].split("\\|", -1);
      Path alone = csv(List.of(GOOD, c[0]));
      CsvInputException expected = catchThrowableOfType(CsvInputException.class,
          () -> PatientCsvReader.of(engine.dictionary()).read(alone, engine.newAccumulator()));
      assertThat(expected.code()).as(c[0]).isEqualTo(c[1]);
      assertThat(expected.column()).as(c[0]).isEqualTo(c[2]);
      assertThat(codes.get(i + 1)).as(c[0]).containsExactly(c[1], c[2]);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void strictStopsAtTheReadersRow(String bad, String code, String column) throws Exception {
    Path file = csv(List.of(GOOD, GOOD.replace("p1,", "p3,"), bad, GOOD.replace("p1,", "p4,")));
    CsvInputException expected = catchThrowableOfType(CsvInputException.class,
        () -> PatientCsvReader.of(engine.dictionary()).read(file, engine.newAccumulator()));
    SparkIndicators spark = SparkIndicators.of(engine, SharedSpark.get());
    CsvInputException actual = catchThrowableOfType(CsvInputException.class, () -> spark.compute(spark.readCsv(file.toString())));
    assertThat(actual.code()).isEqualTo(code).isEqualTo(expected.code());
    assertThat(actual.column()).isEqualTo(column).isEqualTo(expected.column());
    assertThat(actual.row()).isEqualTo(expected.row()).isEqualTo(4);
  }

  /** Two cases only: a value check and a short row (every code is checked above, in one job). */
  static Stream<Arguments> cases() {
    return Stream.of(CASES[2], CASES[CASES.length - 2]).map(c -> Arguments.of((Object[]) c.split("\\|", -1)));
  }

  @Test
  void skippedRowsAreCountedByTheReadersCodes() throws Exception {
    List<String> rows = new ArrayList<>(List.of(GOOD));
    for (String c : CASES) {
      rows.add(c.split("\\|")[0]);
      rows.add(GOOD.replace("p1,", "q" + rows.size() + ","));
    }
    Path file = csv(rows);
    ReadSummary skipped = PatientCsvReader.of(engine.dictionary()).withPolicy(ErrorPolicy.SKIP).read(file, engine.newAccumulator());
    SparkIndicators spark = SparkIndicators.of(engine, SharedSpark.get()).withPolicy(ErrorPolicy.SKIP);
    assertThat(skipped.rejected()).isEqualTo(CASES.length);
    assertThat(spark.compute(spark.readCsv(file.toString())).patients()).isEqualTo(skipped);
  }

  @Test
  void aMissingColumnIsCpts0700() throws Exception {
    Path file = dir.resolve("no-sex.csv");
    Files.writeString(file, "patient_id,birth_year,commune,treating_doctor_rpps,ald,c2s\np1,1950,34301,,0,0\n");
    SparkIndicators spark = SparkIndicators.of(engine, SharedSpark.get());
    CsvInputException e = catchThrowableOfType(CsvInputException.class, () -> spark.compute(spark.readCsv(file.toString())));
    assertThat(e.code()).isEqualTo("CPTS-0700");
    assertThat(e.getMessage()).contains("sex");
  }

  @Test
  void wrongTypesInATypedTableGetTheSameCodes() {
    var rows = SharedSpark.get().sql("SELECT 'p1' AS patient_id, 1950.5D AS birth_year, 'F' AS sex, '34301' AS commune, "
        + "CAST(NULL AS STRING) AS treating_doctor_rpps, true AS ald, 0 AS c2s");
    SparkIndicators spark = SparkIndicators.of(engine, SharedSpark.get());
    CsvInputException e = catchThrowableOfType(CsvInputException.class, () -> spark.compute(rows));
    assertThat(e.code()).isEqualTo("CPTS-0703");
    assertThat(e.row()).isEqualTo(2);
    var flag = SharedSpark.get().sql("SELECT 'p1' AS PATIENT_ID, 1950 AS birth_year, 'F' AS sex, '34301' AS commune, "
        + "'' AS treating_doctor_rpps, true AS ald, 0 AS c2s, DATE'2024-10-10' AS flu_vaccination");
    assertThat(catchThrowableOfType(CsvInputException.class, () -> spark.compute(flag)).code()).isEqualTo("CPTS-0707");
  }

  private Path csv(List<String> rows) throws Exception {
    Path file = dir.resolve("patients.csv");
    Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
    return file;
  }
}
