package io.github.cptssdk.desk.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.desk.DeskIndicators;
import io.github.cptssdk.desk.DeskMatcher;
import io.github.cptssdk.desk.DeskReport;
import io.github.cptssdk.desk.DeskRequest;
import io.github.cptssdk.desk.GpCapacity;
import io.github.cptssdk.desk.MatchResult;
import io.github.cptssdk.desk.PriorityRules;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.SuppressionPolicy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * "Accepted, then used": whatever the readers accept from mutated CSV text goes through matching, the report and a
 * JSON round trip (history and capacity); the only outcomes allowed are a result or a coded {@link CptsException}.
 */
class AcceptedThenUsedTest {

  private static final DateRange PERIOD = DateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
  private static final DeskMatcher MATCHER = DeskMatcher.of(DeskReadersTest.REFERENTIAL,
      DeskReadersTest.REFERENTIAL.epciTerritory(EpciCode.parse("200066355")), PriorityRules.cnam());
  private static final String REQUESTS = DeskReadersTest.HEADER
      + "a1,34301,1950,1,0,2025-01-02,CPAM,1,QUALIFIED:2025-01-03;PROPOSED:2025-01-05:10000000017;DECLINED:2025-01-06\n"
      + "a2,34108,1990,0,1,2025-01-04,,,\n"
      + "a3,34301,2012,0,0,2024-12-30,SELF,0,PROPOSED:2025-01-05:10000000025;ACCEPTED:2025-01-09;DECLARED:2025-02-01\n";
  private static final String CAPACITY = "rpps,commune,new_patients,site,age_bands,home_visits,valid_from,valid_to\n"
      + "10000000017,34301,2,cab,FROM_70,1,2025-01-01,2025-12-31\n10000000025,34108,1,,,0,,\n";

  @Provide
  Arbitrary<String> mutatedRequests() {
    return mutations(REQUESTS);
  }

  @Provide
  Arbitrary<String> mutatedCapacity() {
    return mutations(CAPACITY);
  }

  private static Arbitrary<String> mutations(String text) {
    return mutations(text, Arbitraries.of(',', ';', ':', '"', '\n', '0', '1', '9', '-', 'A', ' ', '\u00e9'));
  }

  /** @return {@code text} with up to 4 characters replaced (by one of {@code c}) or deleted */
  static Arbitrary<String> mutations(String text, Arbitrary<Character> c) {
    return Arbitraries.integers().between(0, text.length() - 1).list().ofMaxSize(4)
        .flatMap(positions -> c.list().ofSize(positions.size()).map(chars -> {
          StringBuilder b = new StringBuilder(text);
          for (int i = 0; i < positions.size(); i++) {
            int p = Math.min(positions.get(i), b.length() - 1);
            if (i % 2 == 0) {
              b.setCharAt(p, chars.get(i));
            } else {
              b.deleteCharAt(p);
            }
          }
          return b.toString();
        }));
  }

  @Property(tries = 400)
  void whatTheReadersAcceptIsSafeToMatchReportAndRoundTrip(@ForAll("mutatedRequests") String requests,
      @ForAll("mutatedCapacity") String capacity) {
    List<DeskRequest> r = new ArrayList<>();
    List<GpCapacity> c = new ArrayList<>();
    try {
      RequestCsvReader.of(DeskReadersTest.REFERENTIAL).withPolicy(ErrorPolicy.SKIP)
          .read(DeskReadersTest.bytes(requests), r::add);
      CapacityCsvReader.of(DeskReadersTest.REFERENTIAL).withPolicy(ErrorPolicy.SKIP)
          .read(DeskReadersTest.bytes(capacity), c::add);
    } catch (CptsException e) {
      assertThat(e.code()).matches("CPTS-\\d{4}");
      return;
    }
    MatchResult m = MATCHER.match(r, c, PERIOD);
    assertThat(m.proposals().size() + m.waiting().size()).isLessThanOrEqualTo(r.size());
    DeskReport report = DeskIndicators.of(SuppressionPolicy.DEFAULT).report(r, PERIOD);
    assertThat(report.values()).isNotEmpty();
    String json = DeskJson.writeHistory(r);
    assertThat(DeskJson.readHistory(json.getBytes(StandardCharsets.UTF_8), DeskReadersTest.REFERENTIAL)).isEqualTo(r);
    String capacityJson = DeskJson.writeCapacity(c);
    assertThat(DeskJson.readCapacity(capacityJson.getBytes(StandardCharsets.UTF_8), DeskReadersTest.REFERENTIAL))
        .isEqualTo(c);
  }
}
