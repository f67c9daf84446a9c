package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.desk.internal.MatchEngine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * The deterministic matching of the desk's waiting requests to the GPs' free places for a period.
 *
 * <ul>
 *   <li>Requests waiting for a proposal ({@link Step#isWaiting()}) and received before the end of the period
 *       are placed in priority order: the {@link PriorityRules} rank of their fragilities on the first day of
 *       the period, then the longest waiting, then the request id.
 *   <li>Each goes to the nearest practice by the territory's structure ({@link Proximity}: same commune, then
 *       same EPCI, then the CPTS territory), the first by (RPPS, site) among equals, that has a free place,
 *       allows its age band and home visits, and did not decline it before.
 *   <li>A capacity counts when its validity overlaps the period and its commune is in the territory; never more
 *       proposals than its places.
 * </ul>
 *
 * <p>The result does not depend on the order of the inputs. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DeskMatcher {

  private static final Comparator<GpCapacity> GP_ORDER =
      Comparator.comparing((GpCapacity c) -> c.gp().value()).thenComparing(GpCapacity::site);

  private final CommuneReferential referential;
  private final Territory territory;
  private final PriorityRules rules;
  private final Map<CommuneCode, String> epcis = new ConcurrentHashMap<>();

  private DeskMatcher(CommuneReferential referential, Territory territory, PriorityRules rules) {
    this.referential = Objects.requireNonNull(referential, "referential");
    this.territory = Objects.requireNonNull(territory, "territory");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * @param referential the communes and their EPCI
   * @param territory the territory of the CPTS
   * @param rules the priority rules of the CPTS
   * @return the matcher
   */
  public static DeskMatcher of(CommuneReferential referential, Territory territory, PriorityRules rules) {
    return new DeskMatcher(referential, territory, rules);
  }

  /**
   * @param requests the requests of the desk (those not waiting, or received after the period, are ignored)
   * @param capacities the GPs' capacities
   * @param period the period
   * @return the proposals and the requests left waiting, explained
   * @throws DeskException CPTS-1350 for an empty period, CPTS-1314 for a request id given twice, CPTS-1306 for a
   *     capacity given twice for one GP and site
   */
  public MatchResult match(Collection<DeskRequest> requests, Collection<GpCapacity> capacities, DateRange period) {
    Objects.requireNonNull(period, "period");
    if (period.isEmpty()) {
      throw new DeskException("CPTS-1350");
    }
    MatchEngine engine = new MatchEngine(usable(capacities, period), rules, period, this::epci);
    List<Waiting> outside = new ArrayList<>();
    engine.run(ranked(requests, period, outside));
    List<Waiting> waiting = new ArrayList<>(engine.waiting());
    waiting.addAll(outside);
    return new MatchResult(period, engine.proposals(), waiting);
  }

  private List<GpCapacity> usable(Collection<GpCapacity> capacities, DateRange period) {
    Set<String> keys = new HashSet<>();
    List<GpCapacity> out = new ArrayList<>();
    for (GpCapacity c : capacities) {
      if (!keys.add(c.gp().value() + "/" + c.site())) {
        throw new DeskException("CPTS-1306");
      }
      if (c.newPatients() > 0 && c.validity().overlaps(period) && territory.contains(c.commune())) {
        out.add(c);
      }
    }
    out.sort(GP_ORDER);
    return out;
  }

  private List<MatchEngine.Ranked> ranked(Collection<DeskRequest> requests, DateRange period, List<Waiting> outside) {
    Set<RequestId> ids = new HashSet<>(requests.size() * 2);
    List<MatchEngine.Ranked> out = new ArrayList<>();
    for (DeskRequest r : requests) {
      if (!ids.add(r.id())) {
        throw new DeskException("CPTS-1314");
      }
      if (!r.status().isWaiting() || !r.receivedOn().isBefore(period.end())) {
        continue;
      }
      if (!territory.contains(r.commune())) {
        Set<Fragility> f = r.fragilitiesOn(period.start());
        outside.add(new Waiting(r.id(), Waiting.Reason.OUTSIDE_TERRITORY, rules.reasons(f),
            Math.max(0, period.start().toEpochDay() - r.receivedOn().toEpochDay()), 0));
        continue;
      }
      out.add(new MatchEngine.Ranked(r, rules.rank(r.fragilitiesOn(period.start()))));
    }
    Collections.sort(out);
    outside.sort(Comparator.comparing(Waiting::request));
    return out;
  }

  /** @return the EPCI SIREN of a commune (of its city for an arrondissement), or "" */
  private String epci(CommuneCode code) {
    return epcis.computeIfAbsent(code, c -> referential.commune(c).map(this::epciOf).orElse(""));
  }

  private String epciOf(Commune c) {
    if (c.epci() != null) {
      return c.epci().value();
    }
    return c.parent() == null ? "" : referential.commune(c.parent()).map(p -> p.epci() == null ? "" : p.epci().value())
        .orElse("");
  }
}
