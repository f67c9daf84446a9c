package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.indicators.SuppressionPolicy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Computes the desk's indicators from its history for a period (issue 16): requests received, by fragility
 * (on their reception date); patients who found a médecin traitant through the CPTS (a DECLARED step in the
 * period), of 16 and over, by fragility; the median and 90th percentile (nearest rank) of the days from
 * reception to declaration; the backlog at the end of the period (received, still without a declared
 * médecin traitant, not closed, withdrawn nor moved out), by fragility on that date. Counts from 1 to
 * threshold − 1 and delays computed on fewer declarations than the threshold are masked. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DeskIndicators {

  private final SuppressionPolicy policy;

  private DeskIndicators(SuppressionPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * @param policy the small-count suppression
   * @return the computation
   */
  public static DeskIndicators of(SuppressionPolicy policy) {
    return new DeskIndicators(policy);
  }

  /**
   * @param history the requests of the desk, with their steps
   * @param period the period
   * @return the report
   * @throws DeskException CPTS-1350 for an empty period
   */
  public DeskReport report(Collection<DeskRequest> history, DateRange period) {
    if (period.isEmpty()) {
      throw new DeskException("CPTS-1350");
    }
    LocalDate last = period.endInclusive();
    Tally received = new Tally();
    Tally found = new Tally();
    Tally backlog = new Tally();
    long found16 = 0;
    long[] days = new long[history.size()];
    int n = 0;
    for (DeskRequest r : history) {
      if (period.contains(r.receivedOn())) {
        received.add(r.fragilitiesOn(r.receivedOn()));
      }
      LocalDate declared = r.declaredOn().orElse(null);
      if (declared != null && period.contains(declared)) {
        found.add(r.fragilitiesOn(r.receivedOn()));
        found16 += r.ageBand(declared) != AgeBand.UNDER_16 ? 1 : 0;
        days[n++] = declared.toEpochDay() - r.receivedOn().toEpochDay();
      }
      Step at = r.statusOn(last).orElse(null);
      if (at != null && at != Step.DECLARED && !at.isFinal()) {
        backlog.add(r.fragilitiesOn(last));
      }
    }
    Map<DeskMeasure, DeskCount> values = new LinkedHashMap<>();
    received.into(DeskMeasure.Kind.RECEIVED, values);
    found.into(DeskMeasure.Kind.FOUND_GP, values);
    values.put(DeskMeasure.of(DeskMeasure.Kind.FOUND_GP_16_PLUS), DeskCount.of(found16, policy));
    long[] sorted = Arrays.copyOf(days, n);
    Arrays.sort(sorted);
    values.put(DeskMeasure.of(DeskMeasure.Kind.MEDIAN_DAYS_TO_GP), delay(sorted, 50));
    values.put(DeskMeasure.of(DeskMeasure.Kind.P90_DAYS_TO_GP), delay(sorted, 90));
    backlog.into(DeskMeasure.Kind.BACKLOG, values);
    return new DeskReport(period, policy.threshold(), values);
  }

  /** @return the nearest-rank percentile, masked under the threshold of declarations (0, masked, if none) */
  private DeskCount delay(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return new DeskCount(0, true);
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return new DeskCount(sorted[Math.max(0, rank - 1)], sorted.length < policy.threshold());
  }

  /** Counts in total and by fragility. */
  private final class Tally {
    private long total;
    private final long[] by = new long[Fragility.values().length];

    void add(Set<Fragility> flags) {
      total++;
      flags.forEach(f -> by[f.ordinal()]++);
    }

    void into(DeskMeasure.Kind kind, Map<DeskMeasure, DeskCount> values) {
      values.put(DeskMeasure.of(kind), DeskCount.of(total, policy));
      Map<Fragility, DeskCount> split = new EnumMap<>(Fragility.class);
      for (Fragility f : Fragility.values()) {
        split.put(f, DeskCount.of(by[f.ordinal()], policy));
      }
      split.forEach((f, c) -> values.put(new DeskMeasure(kind, f), c));
    }
  }
}
