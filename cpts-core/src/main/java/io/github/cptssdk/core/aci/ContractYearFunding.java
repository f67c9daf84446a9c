package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.time.DateRange;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The funding of one contract year: the lines (envelope and earned, each explainable) and the dated
 * payments, which add up exactly to the known earned amounts. Unknown amounts are listed, never counted
 * as zero. Immutable.
 *
 * @param year contract year, 1-based
 * @param period the days of the contract year
 * @param versionId the ACI version applied (the one in force on the first day of the year)
 * @param size the size band
 * @param lines the funding lines
 * @param payments the dated payments, in date order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContractYearFunding(int year, DateRange period, AciVersionId versionId, SizeBand size, List<FundingLine> lines,
    List<Payment> payments) {

  private static final Comparator<Payment> BY_DATE = Comparator.comparing(Payment::date);

  /**
   * Copies the lists, sorting the payments by date.
   *
   * @param year the year
   * @param period the days
   * @param versionId the version
   * @param size the size band
   * @param lines the lines (copied)
   * @param payments the payments (copied, sorted by date)
   */
  public ContractYearFunding {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(size, "size");
    lines = List.copyOf(lines);
    if (inDateOrder(payments)) {
      payments = List.copyOf(payments);
    } else {
      List<Payment> sorted = new java.util.ArrayList<>(payments);
      sorted.sort(BY_DATE);
      payments = List.copyOf(sorted);
    }
  }

  /** @return the sum of the earned amounts that are known */
  public Euros knownEarned() {
    return lines.stream().map(l -> l.earned().value().orElse(Euros.ZERO)).reduce(Euros.ZERO, Euros::plus);
  }

  /** @return the sum of the envelopes that are known */
  public Euros knownEnvelope() {
    return lines.stream().map(l -> l.envelope().value().orElse(Euros.ZERO)).reduce(Euros.ZERO, Euros::plus);
  }

  /** @return the lines whose earned amount is unknown */
  public List<FundingLine> unknowns() {
    return lines.stream().filter(l -> !l.earned().isKnown()).toList();
  }

  /** @return the sum of the payments (equal to {@link #knownEarned()}) */
  public Euros paid() {
    return payments.stream().map(Payment::amount).reduce(Euros.ZERO, Euros::plus);
  }

  /** @return true if the payments are already in date order (the stable sort would leave them as they are) */
  private static boolean inDateOrder(List<Payment> list) {
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i - 1).date().isAfter(list.get(i).date())) {
        return false;
      }
    }
    return true;
  }
}
