package io.github.cptssdk.indicators.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.PreventionAct;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The parallel read of a file is the read on one thread: same accepted rows in the same order, same
 * counts by code, same first error (code, row in the file, column), for any content and any ranges.
 */
class PatientCsvParallelTest {

  private static final CommuneDictionary DICT = CommuneDictionary.of(TestReferential.get());
  private static final String HEADER = "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s,flu_vaccination";

  /** What a read gives: the error, or the summary and every accepted row. */
  private static String outcome(PatientCsvReader reader, Path file) {
    List<String> rows = new ArrayList<>();
    try {
      ReadSummary s = reader.read(file, (PatientBatch b) -> {
        assertThat(b.size()).isPositive();
        for (int i = 0; i < b.size(); i++) {
          rows.add(b.communeIndex(i) + "/" + b.birthYear(i) + "/" + b.flags(i) + "/"
              + b.day(PreventionAct.FLU_VACCINATION, i));
        }
      });
      return "rows=" + s.rows() + " accepted=" + s.accepted() + " rejected=" + new TreeMap<>(s.rejectedByCode())
          + " " + rows;
    } catch (CsvInputException e) {
      return "error " + e.code() + " row " + e.row() + " column " + e.column();
    }
  }

  @Property(tries = 300)
  void parallelReadEqualsOneThread(@ForAll("files") String content, @ForAll @IntRange(min = 2, max = 4) int threads,
      @ForAll @LongRange(min = 1, max = 400) long rangeBytes, @ForAll boolean strict, @ForAll boolean duplicates,
      @ForAll @IntRange(min = 1, max = 40) int maxRows, @ForAll @IntRange(min = 20, max = 200) int maxRecordBytes)
      throws IOException {
    Path file = Files.createTempFile("patients", ".csv");
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
      PatientCsvReader base = PatientCsvReader.of(DICT).withPolicy(strict ? ErrorPolicy.STRICT : ErrorPolicy.SKIP)
          .withDuplicateCheck(duplicates).withBatchSize(3)
          .withLimits(CsvLimits.DEFAULTS.withMaxRows(maxRows).withMaxRecordBytes(maxRecordBytes));
      String one = outcome(base.withParallelism(1), file);
      String many = outcome(base.withParallelism(threads).withRangeBytes(rangeBytes), file);
      assertThat(many).isEqualTo(one);
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> id = Arbitraries.of("a", "b", "c", "d", "e", "\"q,1\"", "\"multi\nline\"", "\"x\"\"y\"", "", "\"a\"");
    Arbitrary<String> year = Arbitraries.of("1950", "2001", "19x0", "1980");
    Arbitrary<String> sex = Arbitraries.of("F", "M", "2", "X");
    Arbitrary<String> commune = Arbitraries.of("34301", "75101", "69381", "9999", "\"34301\"");
    Arbitrary<String> rpps = Arbitraries.of("", "10000000001", "123");
    Arbitrary<String> flag = Arbitraries.of("0", "1", "2");
    Arbitrary<String> date = Arbitraries.of("", "2024-11-02", "2024-13-01", "\"2023-01-05\"");
    Arbitrary<String> row = Combinators.combine(id, year, sex, commune, rpps, flag, flag, date)
        .as((a, y, s, c, r, f1, f2, d) -> String.join(",", a, y, s, c, r, f1, f2, d));
    Arbitrary<String> odd = Arbitraries.of("", "a,1950", "\"unterminated,1950,F", "x".repeat(150) + ",1950,F,34301,,0,0,",
        "e,1950,F,34301,,0,0,,extra", "\"z\"junk,1950,F,34301,,0,0,");
    Arbitrary<String> line = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, row), net.jqwik.api.Tuple.of(1, odd));
    Arbitrary<String> end = Arbitraries.of("\n", "\r\n");
    return Combinators.combine(line.list().ofMaxSize(40), end, Arbitraries.of("", "\n", "\r\n"))
        .as((lines, eol, last) -> HEADER + eol + String.join(eol, lines) + last);
  }

  @Test
  void aRowShorterThanTheHeaderIsCpts0702InEveryRange() throws IOException {
    Path file = Files.createTempFile("patients", ".csv");
    try {
      StringBuilder csv = new StringBuilder(HEADER).append('\n');
      for (int i = 0; i < 500; i++) {
        csv.append("p").append(i).append(",1950,F,34301,,0,0,\n");
      }
      csv.append("short,1950\n");
      Files.writeString(file, csv);
      String error = outcome(PatientCsvReader.of(DICT).withParallelism(2).withRangeBytes(64), file);
      assertThat(error).isEqualTo("error CPTS-0702 row 502 column ");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void parallelismMustBePositive() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PatientCsvReader.of(DICT).withParallelism(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

}
