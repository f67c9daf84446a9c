package io.github.cptssdk.desk.internal;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.desk.AgeBand;
import io.github.cptssdk.desk.DeskRequest;
import io.github.cptssdk.desk.GpCapacity;
import io.github.cptssdk.desk.PriorityRules;
import io.github.cptssdk.desk.Proposal;
import io.github.cptssdk.desk.Proximity;
import io.github.cptssdk.desk.Waiting;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The greedy matching of one period: requests in priority order (rank, then reception, then id), each to the
 * first GP with a free place in the nearest ring (commune, EPCI, territory), GPs of a ring by (RPPS, site). The
 * GP order never depends on the remaining places, so adding a place never lowers the number matched.
 */
public final class MatchEngine {

  private final Slots slots;
  private final PriorityRules rules;
  private final DateRange period;
  private final Function<CommuneCode, String> epciOf;
  private final List<Proposal> proposals = new ArrayList<>();
  private final List<Waiting> waiting = new ArrayList<>();

  /**
   * @param capacities the capacities usable in the period (valid, in the territory), sorted by (RPPS, site)
   * @param epciOf the EPCI SIREN of a commune, or "" if it has none
   */
  public MatchEngine(List<GpCapacity> capacities, PriorityRules rules, DateRange period,
      Function<CommuneCode, String> epciOf) {
    this.slots = new Slots(capacities, epciOf);
    this.rules = rules;
    this.period = period;
    this.epciOf = epciOf;
  }

  /**
   * A request to place, with its sort key computed once: the rank (descending), then the reception day.
   *
   * @param request the request
   * @param key {@code (Integer.MAX_VALUE - rank) << 32 | receptionEpochDay}: ascending is the priority order
   */
  public record Ranked(DeskRequest request, long key) implements Comparable<Ranked> {

    public Ranked(DeskRequest request, int rank) {
      this(request, (long) (Integer.MAX_VALUE - rank) << 32 | (request.receivedOn().toEpochDay() & 0xFFFFFFFFL));
    }

    /** Priority order: the key, then the request id. */
    @Override
    public int compareTo(Ranked o) {
      int c = Long.compare(key, o.key);
      return c != 0 ? c : request.id().value().compareTo(o.request.id().value());
    }
  }

  /**
   * @param ranked the requests in the territory, in priority order
   */
  public void run(List<Ranked> ranked) {
    int order = 0;
    for (Ranked r : ranked) {
      order++;
      place(r, order);
    }
  }

  private void place(Ranked r, int order) {
    DeskRequest q = r.request();
    AgeBand band = q.ageBand(period.start());
    Set<?> declined = q.declinedBy();
    List<io.github.cptssdk.desk.Fragility> why = rules.reasons(q.fragilitiesOn(period.start()));
    long days = Math.max(0, ChronoUnit.DAYS.between(q.receivedOn(), period.start()));
    String epci = epciOf.apply(q.commune());
    for (Proximity p : Proximity.values()) {
      SlotList list = slots.ring(p, q.commune(), epci);
      int slot = list == null ? -1 : slots.take(list, band, q.homeVisit(), declined);
      if (slot >= 0) {
        GpCapacity c = slots.capacity(slot);
        proposals.add(new Proposal(q.id(), c.gp(), c.site(), p, why, days, order));
        return;
      }
    }
    Waiting.Reason reason = slots.anyAccepts(band, q.homeVisit(), declined) ? Waiting.Reason.NO_FREE_PLACE
        : Waiting.Reason.NO_GP_FOR_ITS_NEEDS;
    waiting.add(new Waiting(q.id(), reason, why, days, order));
  }

  /** @return the proposals, in priority order */
  public List<Proposal> proposals() {
    return proposals;
  }

  /** @return the requests left waiting, in priority order */
  public List<Waiting> waiting() {
    return waiting;
  }
}
