package io.github.cptssdk.desk;

import static io.github.cptssdk.desk.DeskFixtures.AGDE_CITY;
import static io.github.cptssdk.desk.DeskFixtures.FRONTIGNAN;
import static io.github.cptssdk.desk.DeskFixtures.MATCHER;
import static io.github.cptssdk.desk.DeskFixtures.MONTPELLIER;
import static io.github.cptssdk.desk.DeskFixtures.PERIOD;
import static io.github.cptssdk.desk.DeskFixtures.SETE_CITY;
import static io.github.cptssdk.desk.DeskFixtures.request;
import static io.github.cptssdk.desk.DeskFixtures.rpps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingTest {

  private static final LocalDate JAN = LocalDate.of(2025, 1, 10);

  @Test
  void theNearestPracticeComesFirstCommuneThenEpciThenTerritory() {
    List<GpCapacity> gps = List.of(GpCapacity.of(rpps(1), AGDE_CITY, 1), GpCapacity.of(rpps(2), FRONTIGNAN, 1),
        GpCapacity.of(rpps(3), SETE_CITY, 1));
    List<DeskRequest> requests = List.of(request("a", SETE_CITY, 1980, JAN), request("b", SETE_CITY, 1981, JAN.plusDays(1)),
        request("c", SETE_CITY, 1982, JAN.plusDays(2)), request("d", SETE_CITY, 1983, JAN.plusDays(3)));
    MatchResult r = MATCHER.match(requests, gps, PERIOD);
    assertThat(r.proposals()).extracting(p -> p.request().value(), p -> p.gp(), Proposal::proximity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a", rpps(3), Proximity.SAME_COMMUNE),
        org.assertj.core.groups.Tuple.tuple("b", rpps(2), Proximity.SAME_EPCI),
        org.assertj.core.groups.Tuple.tuple("c", rpps(1), Proximity.CPTS_TERRITORY));
    assertThat(r.waiting()).singleElement().satisfies(w -> {
      assertThat(w.request().value()).isEqualTo("d");
      assertThat(w.reason()).isEqualTo(Waiting.Reason.NO_FREE_PLACE);
      assertThat(w.explanation()).contains("full");
    });
    assertThat(r.proposals().get(0).explanation()).contains("same commune", "waiting 50 days");
  }

  @Test
  void aldComesBeforeSeventyPlusBeforeC2sThenTheLongestWaiting() {
    List<DeskRequest> requests = List.of(request("c2s", SETE_CITY, 1990, JAN, Fragility.C2S),
        request("old", SETE_CITY, 1950, JAN.plusDays(5)), request("ald", SETE_CITY, 1990, JAN.plusDays(9), Fragility.ALD),
        request("early", SETE_CITY, 1990, JAN.minusDays(30)), request("late", SETE_CITY, 1990, JAN));
    MatchResult r = MATCHER.match(requests, List.of(GpCapacity.of(rpps(1), SETE_CITY, 4)), PERIOD);
    assertThat(r.proposals()).extracting(p -> p.request().value()).containsExactly("ald", "old", "c2s", "early");
    assertThat(r.proposals().get(0).priority()).containsExactly(Fragility.ALD);
    assertThat(r.proposals().get(1).priority()).containsExactly(Fragility.AGED_70_PLUS);
    assertThat(r.waiting()).extracting(w -> w.request().value()).containsExactly("late");
  }

  @Test
  void aCptsMayGiveItsOwnPriorityRules() {
    DeskMatcher matcher = DeskMatcher.of(DeskFixtures.REFERENTIAL, DeskFixtures.CPTS,
        PriorityRules.of("board decision of 2025-01-15", Fragility.GP_LEFT, Fragility.ALD));
    MatchResult r = matcher.match(List.of(request("ald", SETE_CITY, 1990, JAN, Fragility.ALD),
        request("left", SETE_CITY, 1990, JAN.plusDays(3), Fragility.GP_LEFT)), List.of(GpCapacity.of(rpps(1), SETE_CITY, 1)),
        PERIOD);
    assertThat(r.proposals()).extracting(p -> p.request().value()).containsExactly("left");
  }

  @Test
  void restrictionsAndDeclinesAreRespected() {
    GpCapacity seniorsOnly = GpCapacity.of(rpps(1), SETE_CITY, 5).withAgeBands(EnumSet.of(AgeBand.FROM_70));
    GpCapacity noVisits = GpCapacity.of(rpps(2), SETE_CITY, 5).withHomeVisits(false);
    DeskRequest child = request("child", SETE_CITY, 2015, JAN);
    DeskRequest home = request("home", SETE_CITY, 1990, JAN).withHomeVisit(true);
    DeskRequest declined = request("declined", SETE_CITY, 1990, JAN).then(Step.QUALIFIED, JAN)
        .propose(rpps(2), JAN.plusDays(1)).then(Step.DECLINED, JAN.plusDays(2));
    MatchResult r = MATCHER.match(List.of(child, home, declined), List.of(seniorsOnly, noVisits), PERIOD);
    assertThat(r.proposals()).extracting(p -> p.request().value()).containsExactly("child");
    assertThat(r.waiting()).extracting(Waiting::reason).containsOnly(Waiting.Reason.NO_GP_FOR_ITS_NEEDS);
  }

  @Test
  void requestsOutsideTheTerritoryOrNotWaitingOrAfterThePeriodAreNotPlaced() {
    DeskRequest outside = request("out", MONTPELLIER, 1990, JAN);
    DeskRequest proposed = request("p", SETE_CITY, 1990, JAN).propose(rpps(9), JAN).then(Step.ACCEPTED, JAN);
    DeskRequest later = request("later", SETE_CITY, 1990, PERIOD.end());
    MatchResult r = MATCHER.match(List.of(outside, proposed, later), List.of(GpCapacity.of(rpps(1), SETE_CITY, 5),
        GpCapacity.of(rpps(2), MONTPELLIER, 5)), PERIOD);
    assertThat(r.proposals()).isEmpty();
    assertThat(r.waiting()).singleElement().extracting(Waiting::reason).isEqualTo(Waiting.Reason.OUTSIDE_TERRITORY);
  }

  @Test
  void capacityOutsideItsValidityIsNotUsed() {
    GpCapacity expired = GpCapacity.of(rpps(1), SETE_CITY, 5).withValidity(DateRange.until(PERIOD.start()));
    assertThat(MATCHER.match(List.of(request("a", SETE_CITY, 1990, JAN)), List.of(expired), PERIOD).proposals()).isEmpty();
  }

  @Test
  void badInputsAreCoded() {
    DeskRequest a = request("a", SETE_CITY, 1990, JAN);
    assertThatThrownBy(() -> MATCHER.match(List.of(a, a), List.of(), PERIOD)).hasMessageStartingWith("CPTS-1314");
    GpCapacity g = GpCapacity.of(rpps(1), SETE_CITY, 1);
    assertThatThrownBy(() -> MATCHER.match(List.of(a), List.of(g, g), PERIOD)).hasMessageStartingWith("CPTS-1306");
    assertThatThrownBy(() -> MATCHER.match(List.of(a), List.of(g), DateRange.of(JAN, JAN)))
        .hasMessageStartingWith("CPTS-1350");
  }

  @Test
  void toStringsNameNoRequestNorGp() {
    MatchResult r = MATCHER.match(List.of(request("secret-id", SETE_CITY, 1990, JAN)),
        List.of(GpCapacity.of(rpps(1), SETE_CITY, 1)), PERIOD);
    String all = r + " " + r.proposals() + " " + r.waiting() + " " + GpCapacity.of(rpps(1), SETE_CITY, 1);
    assertThat(all).doesNotContain("secret-id", rpps(1).value(), "1990");
  }
}
