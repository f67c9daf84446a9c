package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.internal.FundingEngine;
import io.github.cptssdk.core.aci.internal.Simulator;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import org.apiguardian.api.API;

/**
 * The funding calculator: what a contract year earns and when it is paid, a five-year projection, and a
 * simulation of the maxima for a size band. Pure functions of the rules, the {@link FigurePolicy} and
 * the inputs. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AciFunding {

  private final AciRules rules;
  private final FigurePolicy policy;

  private AciFunding(AciRules rules, FigurePolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /** @return a calculator on the official rules, national defaults only */
  public static AciFunding official() {
    return of(AciRules.official(), FigurePolicy.nationalDefaults());
  }

  /**
   * @param rules the ACI versions
   * @param policy which evidence statuses of national figures are used
   * @return a calculator
   */
  public static AciFunding of(AciRules rules, FigurePolicy policy) {
    return new AciFunding(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(policy, "policy"));
  }

  /**
   * @param newPolicy the figure policy
   * @return a calculator on the same rules with that policy
   */
  public AciFunding withPolicy(FigurePolicy newPolicy) {
    return of(rules, newPolicy);
  }

  /** @return the ACI versions this calculator applies */
  public AciRules rules() {
    return rules;
  }

  /**
   * @param year contract year, 1 to the contract duration (5)
   * @param contract the contract
   * @param results the indicator results of that year
   * @return the lines and dated payments of that year, under the version in force on its first day
   * @throws AciRulesException CPTS-0400 if no version is in force then, CPTS-0600 for a year out of range,
   *     CPTS-0601 if the contract states neither size band nor population
   */
  public ContractYearFunding year(AciContract contract, int year, YearResults results) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(results, "results");
    DateRange period = contract.year(Math.max(year, 1));
    AciVersion v = rules.at(period.start());
    return FundingEngine.compute(contract, v, year, results, policy, period);
  }

  /**
   * @param contract the contract
   * @param date a day
   * @return the contract year holding {@code date}: 1 before the signature, the last year of the version in
   *     force at the signature after the contract's end
   * @throws AciRulesException CPTS-0400 if no version is in force at the signature
   */
  public int yearContaining(AciContract contract, LocalDate date) {
    int years = rules.at(contract.signedOn()).contractYears();
    return Math.min(contract.yearContaining(date).orElse(1), years);
  }

  /**
   * @param contract the contract
   * @return every year of the contract with every indicator attained and no crisis (the maxima)
   * @throws AciRulesException as {@link #year}
   */
  public List<ContractYearFunding> projection(AciContract contract) {
    return projection(contract, y -> YearResults.allMet());
  }

  /**
   * @param contract the contract
   * @param resultsOfYear the results of each contract year (1-based)
   * @return every year of the contract, with the results of each year from {@code resultsOfYear}
   * @throws AciRulesException as {@link #year}
   */
  public List<ContractYearFunding> projection(AciContract contract, IntFunction<YearResults> resultsOfYear) {
    int years = rules.at(contract.signedOn()).contractYears();
    List<ContractYearFunding> out = new ArrayList<>(years);
    for (int y = 1; y <= years; y++) {
      out.add(year(contract, y, resultsOfYear.apply(y)));
    }
    return out;
  }

  /**
   * Follows a contract over its years: each year computed with its own results (a history in progress
   * holds fewer years than the contract).
   *
   * @param contract the contract
   * @param resultsByYear the results of contract years 1, 2, ... in order
   * @return each year's funding, the total and the payment schedule
   * @throws AciRulesException CPTS-1493 if there are no results or more years than the contract has, CPTS-1494
   *     if the total does not fit in cents, or as {@link #year}
   */
  public FundingHistory history(AciContract contract, List<YearResults> resultsByYear) {
    Objects.requireNonNull(contract, "contract");
    int years = rules.at(contract.signedOn()).contractYears();
    if (Objects.requireNonNull(resultsByYear, "resultsByYear").isEmpty() || resultsByYear.size() > years) {
      throw new AciRulesException("CPTS-1493", io.github.cptssdk.core.aci.internal.AciMessages.get()
          .english("CPTS-1493", resultsByYear.size(), years));
    }
    List<ContractYearFunding> out = new ArrayList<>(resultsByYear.size());
    for (int y = 1; y <= resultsByYear.size(); y++) {
      out.add(year(contract, y, Objects.requireNonNull(resultsByYear.get(y - 1), "resultsByYear[" + y + "]")));
    }
    return FundingHistory.of(contract, out);
  }

  /**
   * @param population inhabitants of the territory
   * @param date the day simulated
   * @param missions the missions counted
   * @return the maximum of each funding line for a CPTS of {@code population} inhabitants at {@code date}
   * @throws AciRulesException CPTS-0400 if no version is in force at the date
   * @throws IllegalArgumentException if the population is negative
   */
  public Simulation simulate(long population, LocalDate date, Set<Mission> missions) {
    AciVersion v = rules.at(date);
    return Simulator.simulate(v, v.sizeBand(population), date, missions, policy);
  }

  /**
   * @param size the size band
   * @param date the day simulated
   * @param missions the missions counted
   * @return the maximum of each funding line for a CPTS of {@code size} at {@code date}
   * @throws AciRulesException CPTS-0400 if no version is in force at the date
   */
  public Simulation simulate(SizeBand size, LocalDate date, Set<Mission> missions) {
    return Simulator.simulate(rules.at(date), size, date, missions, policy);
  }
}
