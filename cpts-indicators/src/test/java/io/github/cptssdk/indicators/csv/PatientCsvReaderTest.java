package io.github.cptssdk.indicators.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.PreventionAct;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientCsvReaderTest {

  private static final CommuneDictionary DICT = CommuneDictionary.of(TestReferential.get());
  private static final String HEADER = "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s,flu_vaccination\n";

  private static List<PatientBatch> read(String csv, PatientCsvReader reader, ReadSummary[] summary) {
    List<PatientBatch> out = new ArrayList<>();
    summary[0] = reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), out::add);
    return out;
  }

  private static CsvInputException strictError(String csv) {
    try {
      read(csv, PatientCsvReader.of(DICT), new ReadSummary[1]);
    } catch (CsvInputException e) {
      return e;
    }
    throw new AssertionError("no error");
  }

  @Test
  void readsRowsWithQuotesCrlfBomAndColumnsInAnyOrder() {
    String csv = "\uFEFFsex,patient_id,birth_year,commune,treating_doctor_rpps,ald,c2s,extra,flu_vaccination\r\n"
        + "F,\"a,1\",1950,34301,10000000001,1,0,\"x \"\"y\"\"\",2024-11-02\r\n"
        + "\n"
        + "2,b,2001,75101,,0,1,,\r\n"
        + "M,c,1980,69381,,0,0,,";
    ReadSummary[] s = new ReadSummary[1];
    List<PatientBatch> batches = read(csv, PatientCsvReader.of(DICT), s);
    assertThat(s[0].rows()).isEqualTo(3);
    assertThat(s[0].accepted()).isEqualTo(3);
    PatientBatch b = batches.get(0);
    assertThat(b.size()).isEqualTo(3);
    assertThat(b.flags(0)).isEqualTo(PatientBatch.FEMALE | PatientBatch.HAS_MT | PatientBatch.ALD);
    assertThat(b.day(PreventionAct.FLU_VACCINATION, 0)).isEqualTo((int) LocalDate.of(2024, 11, 2).toEpochDay());
    assertThat(b.flags(1)).isEqualTo(PatientBatch.FEMALE | PatientBatch.C2S);
    assertThat(DICT.commune(b.communeIndex(2)).code().value()).isEqualTo("69381");
    assertThat(b.birthYear(2)).isEqualTo(1980);
  }

  @Test
  void streamsInBoundedBatches() {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 2500; i++) {
      sb.append("p").append(i).append(",1970,M,34301,,0,0,\n");
    }
    List<PatientBatch> batches = read(sb.toString(), PatientCsvReader.of(DICT).withBatchSize(1000), new ReadSummary[1]);
    assertThat(batches).extracting(PatientBatch::size).containsExactly(1000, 1000, 500);
  }

  @Test
  void survivesAnInputThatGivesOneByteAtATimeAndLongRows() {
    String longField = "z".repeat(3 << 20);
    String csv = HEADER.replace("\n", ",note\n") + "p1,1970,M,34301,,0,0,,\"" + longField + "\"\np2,1971,F,34301,,0,0,2025-01-01,\n";
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    InputStream trickle = new InputStream() {
      int pos;

      @Override
      public int read() {
        return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= bytes.length) {
          return -1;
        }
        b[off] = bytes[pos++];
        return 1;
      }
    };
    List<PatientBatch> out = new ArrayList<>();
    ReadSummary s = PatientCsvReader.of(DICT).read(trickle, out::add);
    assertThat(s.accepted()).isEqualTo(2);
    assertThat(out.get(0).day(PreventionAct.FLU_VACCINATION, 1)).isEqualTo((int) LocalDate.of(2025, 1, 1).toEpochDay());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "p1,19x0,M,34301,,0,0,|CPTS-0703|birth_year",
      "p1,1950,X,34301,,0,0,|CPTS-0704|sex",
      "p1,1950,M,3430,,0,0,|CPTS-0705|commune",
      "p1,1950,M,34999,,0,0,|CPTS-0706|commune",
      "p1,1950,M,34301,123,0,0,|CPTS-0711|treating_doctor_rpps",
      "p1,1950,M,34301,,2,0,|CPTS-0707|ald",
      "p1,1950,M,34301,,0,yes,|CPTS-0707|c2s",
      "p1,1950,M,34301,,0,0,2025-02-30|CPTS-0708|flu_vaccination",
      "p1,1950,M,34301,,0,0,25/12/2024|CPTS-0708|flu_vaccination",
      ",1950,M,34301,,0,0,|CPTS-0710|patient_id",
      "p1,1950,M,34301,,0,0|CPTS-0702|''",
  })
  void badRowsNameTheirRowAndColumnButNotTheValue(String row, String code, String column) {
    CsvInputException e = strictError(HEADER + "ok,1960,F,34301,,0,0,\n" + row + "\n");
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.row()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.getMessage()).startsWith(code + ": row 3").doesNotContain("p1").doesNotContain("1950").doesNotContain("34999");
  }

  @Test
  void duplicatedPatientIdsAreRejected() {
    CsvInputException e = strictError(HEADER + "same,1960,F,34301,,0,0,\nsame,1961,M,34108,,0,0,\n");
    assertThat(e.code()).isEqualTo("CPTS-0709");
    assertThat(e.getMessage()).doesNotContain("same");
    ReadSummary[] s = new ReadSummary[1];
    read(HEADER + "same,1960,F,34301,,0,0,\nsame,1961,M,34108,,0,0,\n", PatientCsvReader.of(DICT).withDuplicateCheck(false), s);
    assertThat(s[0].accepted()).isEqualTo(2);
  }

  @Test
  void skipPolicyCountsBadRowsByCode() {
    ReadSummary[] s = new ReadSummary[1];
    List<PatientBatch> out = read(HEADER + "a,1960,F,34301,,0,0,\nb,1960,F,99999,,0,0,\nc,xx,F,34301,,0,0,\n"
        + "d,1960,F,34999,,0,0,\ne,1960,F,34301,,0,0,bad\n", PatientCsvReader.of(DICT).withPolicy(ErrorPolicy.SKIP), s);
    assertThat(s[0].rows()).isEqualTo(5);
    assertThat(s[0].accepted()).isEqualTo(1);
    assertThat(s[0].rejectedByCode()).containsEntry("CPTS-0705", 1L).containsEntry("CPTS-0703", 1L)
        .containsEntry("CPTS-0706", 1L).containsEntry("CPTS-0708", 1L);
    assertThat(out.get(0).size()).isEqualTo(1);
  }

  @Test
  void headerProblems() {
    assertThat(strictError("").code()).isEqualTo("CPTS-0701");
    assertThat(strictError("\n\n").code()).isEqualTo("CPTS-0701");
    CsvInputException missing = strictError("patient_id,birth_year,sex,commune,ald,c2s\n");
    assertThat(missing.code()).isEqualTo("CPTS-0700");
    assertThat(missing.getMessage()).contains("[treating_doctor_rpps]");
    assertThat(strictError("patient_id,patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s\n").code()).isEqualTo("CPTS-0716");
    assertThatThrownBy(() -> read("a,b\n\"open", PatientCsvReader.of(DICT), new ReadSummary[1])).isInstanceOf(CsvInputException.class);
  }

  @Test
  void headerOnlyIsAnEmptyPopulation() {
    ReadSummary[] s = new ReadSummary[1];
    assertThat(read(HEADER, PatientCsvReader.of(DICT), s)).isEmpty();
    assertThat(s[0].rows()).isZero();
  }

  @Test
  void unterminatedQuoteIsReported() {
    CsvInputException e = strictError(HEADER + "\"p1,1950,M,34301,,0,0,\n");
    assertThat(e.code()).isEqualTo("CPTS-0712");
    assertThat(e.row()).isEqualTo(2);
  }
}
