package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.Payment;
import io.github.cptssdk.core.aci.SizeBand;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a contract's years share and no result changes: the fixed and variable envelope of each mission,
 * in the order of {@link AciContract#missions()}, built for each calculation (no state is kept between
 * calls: a cache of the last contract made the benchmark faster than real batches over many contracts).
 */
final class ContractPlan {

  private final AciContract contract;
  private final RuleCache cache;
  private final SizeBand size;
  private final Amount[] fixed;
  private final Amount[] variable;
  private final @Nullable YearPart[] years = new YearPart[8];

  /** Lines and payments computed once, added again in the same order. */
  record Step(List<FundingLine> lines, List<Payment> payments) {

    /** @return what {@code y} added since it had {@code lines} lines and had logged {@code paid} payments */
    static Step of(FundingEngine.Year y, int lines, int paid) {
      return new Step(List.copyOf(y.lines().subList(lines, y.lines().size())), y.payments().loggedFrom(paid));
    }

    void replay(FundingEngine.Year y) {
      for (FundingLine l : lines) {
        y.add(l);
      }
      for (Payment p : payments) {
        y.payments().add(p);
      }
    }
  }

  /** What no result changes in one contract year: letter of intent and operating, then each fixed part. */
  record YearPart(Step head, Step[] fixed) {}

  private ContractPlan(AciContract contract, RuleCache cache, SizeBand size) {
    this.contract = contract;
    this.cache = cache;
    this.size = size;
    int n = contract.missions().size();
    this.fixed = new Amount[n];
    this.variable = new Amount[n];
    for (int i = 0; i < n; i++) {
      fixed[i] = MissionRules.fixedEnvelope(cache, size, contract.missions().get(i));
      variable[i] = MissionRules.variableEnvelope(cache, size, contract.missions().get(i));
    }
  }

  /** @return the plan of the contract under the version and policy of {@code cache}, for band {@code size} */
  static ContractPlan of(AciContract contract, RuleCache cache, SizeBand size) {
    return new ContractPlan(contract, cache, size);
  }

  /** @return the result-free part of contract year {@code number}, or null if not computed yet */
  @Nullable YearPart year(int number) {
    return number <= years.length ? years[number - 1] : null;
  }

  /** Keeps the result-free part of contract year {@code number} (a racy but safe store: the part is immutable). */
  void store(int number, YearPart part) {
    if (number <= years.length) {
      years[number - 1] = part;
    }
  }

  /** @return the fixed envelope of mission {@code i} of the contract */
  Amount fixed(int i) {
    return fixed[i];
  }

  /** @return the variable envelope of mission {@code i} of the contract */
  Amount variable(int i) {
    return variable[i];
  }
}
