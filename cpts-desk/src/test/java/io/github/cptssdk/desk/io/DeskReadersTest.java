package io.github.cptssdk.desk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.desk.AgeBand;
import io.github.cptssdk.desk.DeskRequest;
import io.github.cptssdk.desk.Fragility;
import io.github.cptssdk.desk.GpCapacity;
import io.github.cptssdk.desk.Step;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.ReadSummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeskReadersTest {

  static final CommuneReferential REFERENTIAL = CommuneReferential.official();
  static final String HEADER = "request_id,commune,birth_year,ald,c2s,received_on,origin,home_visit,steps\n";

  static List<DeskRequest> requests(String csv) {
    List<DeskRequest> out = new ArrayList<>();
    RequestCsvReader.of(REFERENTIAL).read(bytes(csv), out::add);
    return out;
  }

  static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheRequiredColumnsAndTheHistory() {
    List<DeskRequest> r = requests(HEADER + "a1,34301,1950,1,0,2025-01-02,CPAM,1,QUALIFIED:2025-01-03;PROPOSED:2025-01-05:10000000017\n"
        + "a2,34108,1990,0,1,2025-01-04,,,\n");
    assertThat(r).hasSize(2);
    assertThat(r.get(0).status()).isEqualTo(Step.PROPOSED);
    assertThat(r.get(0).homeVisit()).isTrue();
    assertThat(r.get(0).flags()).containsExactly(Fragility.ALD);
    assertThat(r.get(1).flags()).containsExactly(Fragility.C2S);
    assertThat(r.get(1).receivedOn()).isEqualTo(LocalDate.of(2025, 1, 4));
    assertThat(requests("request_id,commune,birth_year,ald,c2s,received_on\na,34301,1950,0,0,2025-01-02\n")).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1850775123456,34301,1950,1,0,2025-01-02,CPAM,1,|CPTS-1320|request_id",
      "a,3430,1950,1,0,2025-01-02,CPAM,1,|CPTS-1321|commune",
      "a,34999,1950,1,0,2025-01-02,CPAM,1,|CPTS-1322|commune",
      "a,34301,50,1,0,2025-01-02,CPAM,1,|CPTS-1323|birth_year",
      "a,34301,1950,2,0,2025-01-02,CPAM,1,|CPTS-1324|ald",
      "a,34301,1950,1,0,2025-02-30,CPAM,1,|CPTS-1325|received_on",
      "a,34301,1950,1,0,2025-01-02,MAYOR,1,|CPTS-1327|origin",
      "a,34301,1950,1,0,2025-01-02,CPAM,1,QUALIFIED|CPTS-1331|steps",
      "a,34301,1950,1,0,2025-01-02,CPAM,1,DECLARED:2025-01-03|CPTS-1332|steps",
      "a,34301,1950,1,0,2025-01-02,CPAM,1,QUALIFIED:2025-01-01|CPTS-1332|steps",
      "a,34301,1950,1,0,2025-01-02,CPAM,1,PROPOSED:2025-01-03:10000000018|CPTS-1328|steps",
      "a,34301,1950,1,0,2025-01-02,CPAM|CPTS-1333|''"})
  void badRowsNameTheirRowAndColumnNeverTheValue(String row, String code, String column) {
    assertThatThrownBy(() -> requests(HEADER + row + "\n")).isInstanceOfSatisfying(DeskFormatException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.where()).isEqualTo(column);
      assertThat(e.getMessage()).doesNotContain("1850775123456", "34999", "MAYOR", "2025-02-30");
    });
  }

  @Test
  void skipCountsTheBadRowsByCodeAndDuplicatesAreRefused() {
    List<DeskRequest> out = new ArrayList<>();
    ReadSummary s = RequestCsvReader.of(REFERENTIAL).withPolicy(ErrorPolicy.SKIP).read(bytes(HEADER
        + "a,34301,1950,1,0,2025-01-02,,,\na,34301,1950,1,0,2025-01-02,,,\nb,34301,1950,9,0,2025-01-02,,,\n"), out::add);
    assertThat(out).hasSize(1);
    assertThat(s.rejectedByCode()).containsEntry("CPTS-1326", 1L).containsEntry("CPTS-1324", 1L);
    assertThatThrownBy(() -> requests("request_id,commune\n")).isInstanceOf(CptsException.class)
        .hasMessageStartingWith("CPTS-0700");
  }

  @Test
  void readsCapacitiesWithRestrictionsAndValidity() {
    List<GpCapacity> out = new ArrayList<>();
    CapacityCsvReader.of(REFERENTIAL).read(bytes("rpps,commune,new_patients,site,age_bands,home_visits,valid_from,valid_to\n"
        + "10000000017,34301,5,cab-1,FROM_70;FROM_16_TO_69,0,2025-01-01,2025-06-30\n10000000025,34108,3,,,,,\n"), out::add);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).ageBands()).containsExactly(AgeBand.FROM_16_TO_69, AgeBand.FROM_70);
    assertThat(out.get(0).homeVisits()).isFalse();
    assertThat(out.get(0).validity().contains(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(out.get(0).validity().contains(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(out.get(1).site()).isEqualTo("34108");
    assertThat(out.get(1).ageBands()).hasSize(3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10000000018,34301,5|CPTS-1328|rpps",
      "10000000017,34301,-1|CPTS-1329|new_patients",
      "10000000017,34301,100001|CPTS-1329|new_patients"})
  void badCapacityRows(String row, String code, String column) {
    assertThatThrownBy(() -> CapacityCsvReader.of(REFERENTIAL).read(bytes("rpps,commune,new_patients\n" + row + "\n"), x -> { }))
        .isInstanceOfSatisfying(DeskFormatException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.where()).isEqualTo(column);
        });
    assertThatThrownBy(() -> CapacityCsvReader.of(REFERENTIAL).read(bytes("rpps,commune,new_patients\n"
        + "10000000017,34301,1\n10000000017,34301,2\n"), x -> { })).hasMessageStartingWith("CPTS-1335");
  }

  @Test
  void theJsonHistoryRoundTripsAndBadDocumentsNameTheirPath() {
    List<DeskRequest> r = requests(HEADER + "a1,34301,1950,1,0,2025-01-02,CPAM,1,QUALIFIED:2025-01-03;PROPOSED:2025-01-05:10000000017\n");
    String json = DeskJson.writeHistory(r);
    assertThat(DeskJson.readHistory(json.getBytes(StandardCharsets.UTF_8), REFERENTIAL)).isEqualTo(r);
    assertThat(DeskJson.schema()).contains("cpts-desk-history/1");
    String broken = json.replace("\"PROPOSED\"", "\"DECLARED\"");
    assertThatThrownBy(() -> DeskJson.readHistory(broken.getBytes(StandardCharsets.UTF_8), REFERENTIAL))
        .isInstanceOfSatisfying(DeskFormatException.class, e -> assertThat(e.where()).isEqualTo("$.requests[0].steps[2]"));
    assertThatThrownBy(() -> DeskJson.readHistory("{".getBytes(StandardCharsets.UTF_8), REFERENTIAL))
        .hasMessageStartingWith("CPTS-1343");
    assertThatThrownBy(() -> DeskJson.readHistory("{\"format\":\"x\"}".getBytes(StandardCharsets.UTF_8), REFERENTIAL))
        .hasMessageStartingWith("CPTS-1341");
  }
}
