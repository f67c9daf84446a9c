package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.internal.AciMessages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A contract followed year by year: what each contract year earned under its results (as decided at each
 * annual review) and the payment schedule of the whole contract. Built by {@link AciFunding#history}.
 * Immutable.
 *
 * @param contract the contract
 * @param years the contract years computed, year 1 first, consecutive
 * @param total the sum of the known earned amounts of every year ({@link #total()})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FundingHistory(AciContract contract, List<ContractYearFunding> years, Euros total) {

  /**
   * @param contract the contract
   * @param years the years (copied)
   * @param total the sum of the years' known earned amounts
   * @throws IllegalArgumentException if the years are not numbered 1, 2, ... or {@code total} is not their sum
   */
  public FundingHistory {
    Objects.requireNonNull(contract, "contract");
    years = List.copyOf(Objects.requireNonNull(years, "years"));
    Objects.requireNonNull(total, "total");
    for (int i = 0; i < years.size(); i++) {
      if (years.get(i).year() != i + 1) {
        throw new IllegalArgumentException("the years of a history are numbered 1, 2, ...: found " + years.get(i).year());
      }
    }
    if (!sum(years).equals(total)) {
      throw new IllegalArgumentException("total must be the sum of the years' known earned amounts");
    }
  }

  /**
   * @param contract the contract
   * @param years the years, year 1 first
   * @return the history of these years, its total computed
   * @throws AciRulesException CPTS-1494 if the total does not fit in cents
   */
  public static FundingHistory of(AciContract contract, List<ContractYearFunding> years) {
    return new FundingHistory(contract, years, sum(years));
  }

  private static Euros sum(List<ContractYearFunding> years) {
    long cents = 0;
    try {
      for (ContractYearFunding y : years) {
        cents = Math.addExact(cents, y.knownEarned().cents());
      }
    } catch (ArithmeticException e) {
      throw new AciRulesException("CPTS-1494", AciMessages.get().english("CPTS-1494", years.size()), e);
    }
    return Euros.ofCents(cents);
  }

  /**
   * @param year contract year, 1-based
   * @return the funding of that year
   * @throws IndexOutOfBoundsException if the history does not hold that year
   */
  public ContractYearFunding year(int year) {
    return years.get(year - 1);
  }

  /**
   * @param year contract year, 1-based
   * @return what the variable parts of the missions earned that year (known amounts only)
   * @throws IndexOutOfBoundsException if the history does not hold that year
   */
  public Euros variableEarned(int year) {
    return year(year).lines().stream().filter(l -> l.item() == FundingItem.MISSION_VARIABLE)
        .map(l -> l.earned().value().orElse(Euros.ZERO)).reduce(Euros.ZERO, Euros::plus);
  }

  /** @return every payment of every year, in date order (a year's own order kept for payments of one day) */
  public List<Payment> schedule() {
    List<Payment> all = new ArrayList<>();
    years.forEach(y -> all.addAll(y.payments()));
    all.sort(Comparator.comparing(Payment::date));
    return List.copyOf(all);
  }

  /** @return the lines of every year whose earned amount is unknown (not counted in {@link #total()}) */
  public List<FundingLine> unknowns() {
    return years.stream().flatMap(y -> y.unknowns().stream()).toList();
  }
}
