package io.github.cptssdk.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.testing.FuzzBudget;
import io.github.cptssdk.core.testing.FuzzOracle;
import io.github.cptssdk.core.testing.Uses;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.csv.CsvInputException;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.csv.fuzz.CsvSamples;
import io.github.cptssdk.indicators.csv.fuzz.CsvUses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's oracle for the Spark inputs: mutated patient CSV files (CSV-aware and byte mutations of valid files)
 * read by {@link SparkIndicators#readCsv} and computed under the skipping policy give a result or a coded
 * {@link CsvInputException} naming a row or a column, never a Spark exception. What Spark accepted is then used as a
 * user would: the report of every area keeps the small-count suppression, the in-memory reader reads the same file to
 * the same summary (rows, accepted, rejected by code) and the two reports are equal area by area. It found that Spark's
 * CSV column pruning let rows with a field too many or too few pass when the header held a column the indicators do
 * not read ({@link SparkIndicators#readCsv} now turns it off). One Spark job per file: the budget is small
 * inside {@code mvn verify} (12 files) and 120 files with {@code -Dcpts.heavy=true}.
 */
class SparkAcceptedThenUsedTest {

  private static final FuzzOracle ORACLE = new FuzzOracle("SparkIndicators.readCsv",
      e -> e instanceof CsvInputException c && (c.row() > 0 || !c.column().isEmpty()));
  private static final SparkIndicators SPARK = SparkIndicators.of(CsvUses.ENGINE, SharedSpark.get())
      .withPolicy(ErrorPolicy.SKIP);
  private static int sameSummary;

  @TempDir
  static Path dir;

  @Test
  void whatSparkAcceptsIsReportedSuppressedAndAsTheInMemoryEngineDoes() throws Exception {
    int files = FuzzBudget.scaled(12, 120);
    for (int i = 0; i < files; i++) {
      long seed = 2026_1202L + i;
      Random r = new Random(seed);
      byte[] input = CsvSamples.mutate(CsvSamples.patients(r), r);
      Path file = dir.resolve("patients-" + i + ".csv");
      Files.write(file, input);
      ORACLE.check(seed, input, () -> SPARK.compute(SPARK.readCsv(file.toString())), uses(file));
    }
    assertThat(ORACLE.inputs()).isEqualTo(files);
    assertThat(ORACLE.accepted()).as("Spark accepted some of the files: %s", ORACLE).isPositive();
    assertThat(sameSummary).as("files read to the same summary by both engines").isEqualTo(ORACLE.accepted());
  }

  private static Uses<SparkResult> uses(Path file) {
    return Uses.<SparkResult>of("suppression of every area", res -> {
      IndicatorReport report = res.report();
      for (Area area : report.areas()) {
        CsvUses.suppressed(report.published(area), report.unmasked(area), report.policy());
      }
    }).and("the in-memory engine's report on the same summary", res -> {
      var accumulator = CsvUses.ENGINE.newAccumulator();
      ReadSummary inMemory;
      try {
        inMemory = PatientCsvReader.of(CsvUses.ENGINE.dictionary()).withPolicy(ErrorPolicy.SKIP).read(file, accumulator);
      } catch (CsvInputException e) {
        throw new AssertionError("Spark accepted a file the CSV reader rejects (" + e.code() + ")", e);
      }
      assertThat(res.patients()).as("what Spark read, against the CSV reader").isEqualTo(inMemory);
      sameSummary++;
      SparkDifferentialTest.assertSame(res.report(), accumulator.report());
    });
  }

  @AfterAll
  static void summary() {
    System.out.println("SparkAcceptedThenUsedTest: " + ORACLE + ", same summary in both engines: " + sameSummary);
  }
}
