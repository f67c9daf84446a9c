package io.github.cptssdk.desk.io;

import static io.github.cptssdk.desk.io.DeskReadersTest.REFERENTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.desk.AgeBand;
import io.github.cptssdk.desk.DeskMatcher;
import io.github.cptssdk.desk.DeskRequest;
import io.github.cptssdk.desk.GpCapacity;
import io.github.cptssdk.desk.MatchResult;
import io.github.cptssdk.desk.PriorityRules;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The capacity JSON document {@code cpts-desk-capacity/1}: round trip, bad documents, accepted then used. */
class CapacityJsonTest {

  private static final DateRange PERIOD = DateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
  private static final DeskMatcher MATCHER = DeskMatcher.of(REFERENTIAL,
      REFERENTIAL.epciTerritory(EpciCode.parse("200066355")), PriorityRules.cnam());
  private static final List<GpCapacity> CAPACITIES = List.of(
      GpCapacity.of(RppsNumber.parse("10000000017"), CommuneCode.parse("34301"), 2)
          .withAgeBands(EnumSet.of(AgeBand.FROM_70)).withHomeVisits(false)
          .withValidity(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))),
      new GpCapacity(RppsNumber.parse("10000000025"), "cab-2", CommuneCode.parse("34108"), 0,
          EnumSet.allOf(AgeBand.class), true, DateRange.from(LocalDate.of(2025, 3, 1))),
      GpCapacity.of(RppsNumber.parse("10000000025"), CommuneCode.parse("34108"), 7)
          .withValidity(DateRange.until(LocalDate.of(2025, 6, 1))));
  private static final List<DeskRequest> REQUESTS = DeskReadersTest.requests(DeskReadersTest.HEADER
      + "a1,34301,1950,1,0,2025-01-02,CPAM,0,\na2,34108,1990,0,1,2025-01-04,,,\na3,34301,2012,0,0,2024-12-30,SELF,1,\n");
  private static final String ONE = "{\"format\":\"cpts-desk-capacity/1\",\"capacities\":[{\"rpps\":\"10000000017\","
      + "\"site\":\"s\",\"commune\":\"34301\",\"newPatients\":2,\"ageBands\":[\"FROM_70\"],\"homeVisits\":true";

  private static List<GpCapacity> read(String json) {
    return DeskJson.readCapacity(json.getBytes(StandardCharsets.UTF_8), REFERENTIAL);
  }

  @Test
  void roundTripsWithBoundedAndUnboundedValidity() {
    String json = DeskJson.writeCapacity(CAPACITIES);
    assertThat(read(json)).isEqualTo(CAPACITIES);
    assertThat(json).contains("\"validUntil\" : \"2026-01-01\"").doesNotContain("999999999");
    assertThat(read("{\"format\":\"cpts-desk-capacity/1\",\"capacities\":[]}")).isEmpty();
    assertThat(read(ONE + "}]}")).singleElement().satisfies(c -> {
      assertThat(c.validity()).isEqualTo(DateRange.ALL);
      assertThat(c.site()).isEqualTo("s");
    });
    assertThat(DeskJson.capacitySchema()).contains("cpts-desk-capacity/1", "validUntil");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{|CPTS-1343|$",
      "{\"format\":\"cpts-desk-history/1\",\"capacities\":[]}|CPTS-1341|$.format",
      "{\"format\":\"cpts-desk-capacity/1\"}|CPTS-1340|$.capacities",
      "{\"format\":\"cpts-desk-capacity/1\",\"capacities\":[1]}|CPTS-1340|$.capacities[0]",
      "{\"format\":\"cpts-desk-capacity/1\",\"capacities\":[{\"rpps\":\"10000000018\"}]}|CPTS-1342|$.capacities[0].rpps",
      "{\"format\":\"cpts-desk-capacity/1\",\"capacities\":[{\"rpps\":\"10000000017\",\"site\":\"s\",\"commune\":\"34999\"}]}|CPTS-1342|$.capacities[0].commune",
      "{\"format\":\"cpts-desk-capacity/1\",\"capacities\":[{\"rpps\":\"10000000017\",\"site\":\"s\",\"commune\":\"34301\",\"newPatients\":\"2\"}]}|CPTS-1340|$.capacities[0].newPatients",
  })
  void badDocumentsNameTheirPath(String json, String code, String path) {
    assertRefused(json, code, path);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"newPatients\":2|\"newPatients\":-1|CPTS-1342|$.capacities[0]",
      "\"site\":\"s\"|\"site\":\"a b\"|CPTS-1342|$.capacities[0]",
      "\"site\":\"s\"|\"site\":1|CPTS-1340|$.capacities[0].site",
      "[\"FROM_70\"]|[\"OLD\"]|CPTS-1342|$.capacities[0].ageBands[0]",
      "[\"FROM_70\"]|[]|CPTS-1342|$.capacities[0]",
      "[\"FROM_70\"]|1|CPTS-1340|$.capacities[0].ageBands",
      "\"homeVisits\":true|\"homeVisits\":1|CPTS-1340|$.capacities[0].homeVisits",
      "\"homeVisits\":true|\"homeVisits\":true,\"validFrom\":\"2025-02-30\"|CPTS-1342|$.capacities[0].validFrom",
      "\"homeVisits\":true|\"homeVisits\":true,\"validFrom\":\"2025-02-01\",\"validUntil\":\"2025-01-01\"|CPTS-1342|$.capacities[0].validUntil",
  })
  void badValuesNameTheirPath(String field, String replacement, String code, String path) {
    assertRefused((ONE + "}]}").replace(field, replacement), code, path);
  }

  private static void assertRefused(String json, String code, String path) {
    assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(DeskFormatException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.getMessage()).contains(path).doesNotContain("10000000017");
    });
  }

  @Test
  void aGpAndSiteGivenTwiceIsRefused() {
    String json = DeskJson.writeCapacity(List.of(CAPACITIES.get(0), CAPACITIES.get(0).withNewPatients(1)));
    assertRefused(json, "CPTS-1345", "$.capacities[1].site");
  }

  @Provide
  Arbitrary<String> mutated() {
    return AcceptedThenUsedTest.mutations(DeskJson.writeCapacity(CAPACITIES),
        Arbitraries.of('"', ',', ':', '[', ']', '{', '}', '0', '1', '9', '-', 'A', ' ', 'e'));
  }

  @Property(tries = 400)
  void whatIsAcceptedIsSafeToMatchAndRoundTrips(@ForAll("mutated") String json) {
    List<GpCapacity> c;
    try {
      c = read(json);
    } catch (CptsException e) {
      assertThat(e.code()).matches("CPTS-13\\d\\d");
      return;
    }
    MatchResult m = MATCHER.match(REQUESTS, c, PERIOD);
    assertThat(m.proposals().size()).isLessThanOrEqualTo(c.stream().mapToInt(GpCapacity::newPatients).sum());
    assertThat(m.proposals().size() + m.waiting().size()).isEqualTo(REQUESTS.size());
    assertThat(read(DeskJson.writeCapacity(c))).isEqualTo(c);
  }
}
