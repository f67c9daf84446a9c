package io.github.cptssdk.indicators.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.testing.PatientArbitraries;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * STRICT stops at the first bad row and names it; SKIP reads the good rows exactly as if the bad ones
 * were absent and counts the bad ones by code.
 */
class ErrorPolicyTest {

  private static final String HEADER = "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s,flu_vaccination\n";
  private static final List<String> GOOD = List.of("%s,1950,F,34301,,0,0,2025-01-10", "%s,2001,M,75101,10003153328,1,0,",
      "%s,1960,2,69381,,0,1,2024-12-01", "%s,1990,1,93066,,1,1,");
  /** Bad rows and the code each one is reported with. */
  private static final Map<String, String> BAD = Map.of(
      "%s,19x0,M,34301,,0,0,", "CPTS-0703",
      "%s,1950,X,34301,,0,0,", "CPTS-0704",
      "%s,1950,M,34999,,0,0,", "CPTS-0706",
      "%s,1950,M,34301,,2,0,", "CPTS-0707",
      "%s,1950,M,34301,,0,0,2025-02-30", "CPTS-0708",
      "%s,1950,M,34301,,0,0", "CPTS-0702");
  private static final CommuneDictionary DICT = CommuneDictionary.of(TestReferential.get());
  private static final IndicatorEngine ENGINE = IndicatorEngine.builder().referential(TestReferential.get())
      .dictionary(DICT).year(PatientArbitraries.YEAR).build();

  @Provide
  Arbitrary<List<String>> rows() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(GOOD)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(BAD.keySet()))).list().ofMaxSize(30);
  }

  private static String csv(List<String> templates, boolean keepBad) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int k = 0; k < templates.size(); k++) {
      if (keepBad || !BAD.containsKey(templates.get(k))) {
        b.append(String.format(templates.get(k), "p" + k)).append('\n');
      }
    }
    return b.toString();
  }

  private static ReadSummary read(String csv, ErrorPolicy policy, io.github.cptssdk.indicators.IndicatorAccumulator acc) {
    return PatientCsvReader.of(DICT).withPolicy(policy)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), acc::accept);
  }

  @Property(tries = 100)
  void skipEqualsReadingOnlyTheGoodRows(@ForAll("rows") List<String> rows) {
    var withBad = ENGINE.newAccumulator();
    ReadSummary s = read(csv(rows, true), ErrorPolicy.SKIP, withBad);
    var onlyGood = ENGINE.newAccumulator();
    ReadSummary clean = read(csv(rows, false), ErrorPolicy.STRICT, onlyGood);
    IndicatorReport expected = onlyGood.report();
    assertThat(withBad.report().unmasked()).isEqualTo(expected.unmasked());
    assertThat(s.rows()).isEqualTo(rows.size());
    assertThat(s.accepted()).isEqualTo(clean.accepted());
    Map<String, Long> byCode = rows.stream().filter(BAD::containsKey).collect(Collectors.groupingBy(BAD::get, Collectors.counting()));
    assertThat(s.rejectedByCode()).isEqualTo(byCode);
    assertThat(s.rejected()).isEqualTo(rows.size() - clean.accepted());
  }

  @Property(tries = 100)
  void strictStopsAtTheFirstBadRow(@ForAll("rows") List<String> rows) {
    int first = -1;
    for (int k = 0; k < rows.size() && first < 0; k++) {
      first = BAD.containsKey(rows.get(k)) ? k : -1;
    }
    String csv = csv(rows, true);
    if (first < 0) {
      assertThat(read(csv, ErrorPolicy.STRICT, ENGINE.newAccumulator()).accepted()).isEqualTo(rows.size());
      return;
    }
    CsvInputException e = catchThrowableOfType(CsvInputException.class, () -> read(csv, ErrorPolicy.STRICT, ENGINE.newAccumulator()));
    assertThat(e).isNotNull();
    assertThat(e.row()).isEqualTo(first + 2);
    assertThat(e.code()).isEqualTo(BAD.get(rows.get(first)));
    assertThat(e.getMessage()).doesNotContain("p" + first + ",");
  }
}
