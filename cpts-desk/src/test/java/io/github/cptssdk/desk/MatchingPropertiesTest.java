package io.github.cptssdk.desk;

import static io.github.cptssdk.desk.DeskFixtures.MATCHER;
import static io.github.cptssdk.desk.DeskFixtures.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The four invariants of the matching (issue 16), on generated requests and capacities. */
class MatchingPropertiesTest {

  @Provide
  Arbitrary<List<DeskRequest>> requests() {
    return DeskFixtures.requests();
  }

  @Provide
  Arbitrary<List<GpCapacity>> capacities() {
    return DeskFixtures.capacities();
  }

  @Property(tries = 300)
  void neverOverCapacityNorRestrictions(@ForAll("requests") List<DeskRequest> requests,
      @ForAll("capacities") List<GpCapacity> capacities) {
    MatchResult result = MATCHER.match(requests, capacities, PERIOD);
    Map<String, Integer> used = new HashMap<>();
    Map<RequestId, DeskRequest> byId = new HashMap<>();
    requests.forEach(r -> byId.put(r.id(), r));
    for (Proposal p : result.proposals()) {
      GpCapacity c = capacities.stream().filter(g -> g.gp().equals(p.gp()) && g.site().equals(p.site())).findFirst()
          .orElseThrow();
      DeskRequest r = byId.get(p.request());
      assertThat(c.accepts(r.ageBand(PERIOD.start()), r.homeVisit())).as("restrictions").isTrue();
      assertThat(used.merge(c.gp().value() + c.site(), 1, Integer::sum)).as("places").isLessThanOrEqualTo(c.newPatients());
      assertThat(DeskFixtures.CPTS.contains(c.commune())).isTrue();
    }
    assertThat(result.proposals().size() + result.waiting().size()).isEqualTo(requests.size());
    Statistics.label("matched").collect(result.proposals().isEmpty() ? "none" : "some");
    Statistics.label("waiting").collect(result.waiting().isEmpty() ? "none" : "some");
  }

  @Property(tries = 300)
  void aMoreFragileRequestIsNeverLeftWaitingWhileALessFragileOneWithTheSameConstraintsIsServed(
      @ForAll("requests") List<DeskRequest> requests, @ForAll("capacities") List<GpCapacity> capacities) {
    MatchResult result = MATCHER.match(requests, capacities, PERIOD);
    Map<RequestId, DeskRequest> byId = new HashMap<>();
    requests.forEach(r -> byId.put(r.id(), r));
    PriorityRules rules = PriorityRules.cnam();
    for (Waiting w : result.waiting()) {
      DeskRequest a = byId.get(w.request());
      for (Proposal p : result.proposals()) {
        DeskRequest b = byId.get(p.request());
        boolean sameConstraints = a.commune().equals(b.commune()) && a.ageBand(PERIOD.start()) == b.ageBand(PERIOD.start())
            && a.homeVisit() == b.homeVisit();
        if (sameConstraints) {
          assertThat(rules.rank(a.fragilitiesOn(PERIOD.start()))).as("a waiting request is not more fragile than a served one")
              .isLessThanOrEqualTo(rules.rank(b.fragilitiesOn(PERIOD.start())));
        }
      }
    }
  }

  @Property(tries = 300)
  void theResultDoesNotDependOnInputOrder(@ForAll("requests") List<DeskRequest> requests,
      @ForAll("capacities") List<GpCapacity> capacities, @ForAll long seed) {
    List<DeskRequest> r = new ArrayList<>(requests);
    List<GpCapacity> c = new ArrayList<>(capacities);
    Collections.shuffle(r, new Random(seed));
    Collections.shuffle(c, new Random(~seed));
    assertThat(MATCHER.match(r, c, PERIOD)).isEqualTo(MATCHER.match(requests, capacities, PERIOD));
  }

  @Property(tries = 300)
  void addingCapacityNeverLowersTheNumberMatched(@ForAll("requests") List<DeskRequest> requests,
      @ForAll("capacities") List<GpCapacity> capacities, @ForAll("more") int extra, @ForAll("index") int which,
      @ForAll boolean newGp) {
    int before = MATCHER.match(requests, capacities, PERIOD).proposals().size();
    List<GpCapacity> more = new ArrayList<>(capacities);
    if (newGp || more.isEmpty()) {
      more.add(GpCapacity.of(DeskFixtures.rpps(999), DeskFixtures.SETE_CITY, extra));
    } else {
      int i = which % more.size();
      more.set(i, more.get(i).withNewPatients(more.get(i).newPatients() + extra));
    }
    int after = MATCHER.match(requests, more, PERIOD).proposals().size();
    assertThat(after).isGreaterThanOrEqualTo(before);
    Statistics.label("gain").collect(after > before ? "more" : "same");
  }

  @Provide
  Arbitrary<Integer> more() {
    return Arbitraries.integers().between(1, 5);
  }

  @Provide
  Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, 1000);
  }
}
