package io.github.cptssdk.indicators.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The limits of {@link CsvLimits} (each read at exactly the limit, rejected one above, under both
 * policies) and the two error policies: skip-and-count loses no row, strict stops at the first error with
 * its row and column.
 */
class CsvLimitsTest {

  private static final CommuneDictionary DICT = CommuneDictionary.of(TestReferential.get());
  private static final String HEADER = "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s,note";
  private static final String ROW = "p1,1950,F,34301,10000000001,1,0,";

  private static ReadSummary patients(String csv, CsvLimits limits, ErrorPolicy policy) {
    return PatientCsvReader.of(DICT).withLimits(limits).withPolicy(policy)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), b -> { });
  }

  private static ReadSummary events(String csv, CsvLimits limits) {
    return EventCsvReader.of(DICT).withLimits(limits).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), e -> { });
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", ""})
  void aRecordOfExactlyTheLimitIsReadOneByteMoreIsRejected(String lineEnd) {
    String row = ROW + "x".repeat(HEADER.length() - ROW.length() + 10);
    String csv = HEADER + "\n" + row + lineEnd;
    CsvLimits limits = CsvLimits.DEFAULTS.withMaxRecordBytes(row.length());
    for (ErrorPolicy policy : ErrorPolicy.values()) {
      assertThat(patients(csv, limits, policy).accepted()).isEqualTo(1);
      assertThatThrownBy(() -> patients(csv, limits.withMaxRecordBytes(row.length() - 1), policy))
          .isInstanceOfSatisfying(CsvInputException.class, e -> {
            assertThat(e.code()).isEqualTo("CPTS-0718");
            assertThat(e.row()).isEqualTo(2);
          });
    }
  }

  @Test
  void aQuotedFieldOverSeveralLinesCountsAsOneRecord() {
    String row = ROW + "\"a\nb" + "x".repeat(HEADER.length()) + "\"";
    String csv = HEADER + "\n" + row + "\n";
    assertThat(patients(csv, CsvLimits.DEFAULTS.withMaxRecordBytes(row.length()), ErrorPolicy.STRICT).accepted()).isEqualTo(1);
    assertThatThrownBy(() -> patients(csv, CsvLimits.DEFAULTS.withMaxRecordBytes(row.length() - 1), ErrorPolicy.STRICT))
        .isInstanceOfSatisfying(CsvInputException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0718"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void theDefaultRecordLimitOf16Mebibytes(int over) {
    String row = ROW + "x".repeat(CsvLimits.DEFAULTS.maxRecordBytes() - ROW.length() + over);
    String csv = HEADER + "\n" + row + "\n" + ROW.replace("p1", "p2") + "\n";
    if (over == 0) {
      assertThat(patients(csv, CsvLimits.DEFAULTS, ErrorPolicy.STRICT).accepted()).isEqualTo(2);
    } else {
      assertThatThrownBy(() -> patients(csv, CsvLimits.DEFAULTS, ErrorPolicy.SKIP))
          .isInstanceOfSatisfying(CsvInputException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0718"));
    }
  }

  @ParameterizedTest
  @EnumSource(ErrorPolicy.class)
  void exactlyTheMaximumNumberOfRowsIsReadOneMoreIsRejected(ErrorPolicy policy) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 5; i++) {
      csv.append(ROW.replace("p1", "p" + i)).append('\n');
    }
    assertThat(patients(csv.toString(), CsvLimits.DEFAULTS.withMaxRows(5), policy).accepted()).isEqualTo(5);
    assertThatThrownBy(() -> patients(csv.toString(), CsvLimits.DEFAULTS.withMaxRows(4), policy))
        .isInstanceOfSatisfying(CsvInputException.class, e -> {
          assertThat(e.code()).isEqualTo("CPTS-0719");
          assertThat(e.row()).isEqualTo(6);
        });
  }

  @Test
  void theEventReaderHasTheSameLimits() {
    String csv = "date,commune,kind\n2025-03-01,34301,SAS_APPOINTMENT\n2025-03-02,34301,PATHWAY\n";
    assertThat(events(csv, new CsvLimits(32, 2)).accepted()).isEqualTo(2);
    assertThatThrownBy(() -> events(csv, new CsvLimits(31, 2))).isInstanceOfSatisfying(CsvInputException.class,
        e -> assertThat(e.code()).isEqualTo("CPTS-0718"));
    assertThatThrownBy(() -> events(csv, new CsvLimits(32, 1))).isInstanceOfSatisfying(CsvInputException.class,
        e -> assertThat(e.code()).isEqualTo("CPTS-0719"));
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new CsvLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CsvLimits(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void skipCountsEveryBadRowByCodeAndStrictStopsAtTheFirstWithItsRowAndColumn() {
    String csv = HEADER + "\n" + ROW + "\n" + "p2,1849,F,34301,,0,0,\n" + "p3,1950,X,34301,,0,0,\n"
        + "p4,1950,F,34301,,0,0\n" + "p5,1849,M,34301,,0,0,\n" + ROW.replace("p1", "p6") + "\n";
    ReadSummary s = patients(csv, CsvLimits.DEFAULTS, ErrorPolicy.SKIP);
    assertThat(s.rows()).isEqualTo(6);
    assertThat(s.accepted()).isEqualTo(2);
    assertThat(s.rejectedByCode()).isEqualTo(java.util.Map.of("CPTS-0702", 1L, "CPTS-0703", 2L, "CPTS-0704", 1L));
    assertThatThrownBy(() -> patients(csv, CsvLimits.DEFAULTS, ErrorPolicy.STRICT))
        .isInstanceOfSatisfying(CsvInputException.class, e -> {
          assertThat(e.code()).isEqualTo("CPTS-0703");
          assertThat(e.row()).isEqualTo(3);
          assertThat(e.column()).isEqualTo("birth_year");
          assertThat(e.getMessage()).contains("row 3").contains("birth_year");
        });
  }
}
