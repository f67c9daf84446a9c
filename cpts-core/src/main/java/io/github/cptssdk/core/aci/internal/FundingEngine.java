package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciRulesException;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.ContractMission;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.Payment;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computes one contract year (aci-cpts.md 4.5, art. 9.1 of the accord and 6.1-6.2 of the model contract):
 * operating funding, each mission's fixed part (75 % advance at the mission start prorated to the next
 * anniversary, balance at the anniversary), variable part from the indicator results (paid after the
 * annual review), letter-of-intent payment and crisis activation where the version has them.
 */
public final class FundingEngine {

  /** Everything a rule needs for one contract year. */
  record Year(AciContract contract, AciVersion version, SizeBand size, int number, DateRange period,
      YearResults results, RuleCache cache, List<FundingLine> lines, PaymentBook payments) {

    void add(FundingLine line) {
      lines.add(line);
    }

    void pay(LocalDate date, FundingItem item, @Nullable Mission mission, Euros amount, String rule) {
      if (!amount.isZero()) {
        payments.add(new Payment(date, item, mission, amount, rule));
      }
    }
  }

  private FundingEngine() {}

  /** @param period the contract year {@code number} of the contract ({@code c.year(number)}) */
  public static ContractYearFunding compute(AciContract c, AciVersion v, int number, YearResults results,
      FigurePolicy policy, DateRange period) {
    if (number < 1 || number > v.contractYears()) {
      throw new AciRulesException("CPTS-0600", AciMessages.get().english("CPTS-0600", number, v.contractYears()));
    }
    int n = c.missions().size();
    SizeBand size = sizeOf(c, v);
    RuleCache cache = RuleCache.of(v, policy);
    Year y = new Year(c, v, size, number, period, results, cache, new ArrayList<>(3 + 2 * n),
        new PaymentBook(period.end(), n));
    OperatingRules.letterOfIntent(y);
    OperatingRules.operating(y);
    for (int i = 0; i < n; i++) {
      ContractMission m = c.missions().get(i);
      MissionRules.fixed(y, m, MissionRules.fixedEnvelope(cache, size, m));
      MissionRules.variable(y, m, MissionRules.variableEnvelope(cache, size, m));
      if (m.mission() == Mission.HEALTH_CRISIS) {
        OperatingRules.crisisActivation(y);
      }
    }
    return new ContractYearFunding(number, y.period(), v.id(), y.size(), y.lines(), y.payments().inDateOrder());
  }

  /** @return the size band stated by the contract, else derived from its population */
  public static SizeBand sizeOf(AciContract c, AciVersion v) {
    SizeBand size = sizeOrNull(c, v);
    if (size == null) {
      throw new AciRulesException("CPTS-0601", AciMessages.get().english("CPTS-0601"));
    }
    return size;
  }

  /** @return the size band stated by the contract, else derived from its population, else null (none or negative) */
  static @Nullable SizeBand sizeOrNull(AciContract c, AciVersion v) {
    if (c.size() != null) {
      return c.size();
    }
    Long population = c.population();
    return population == null || population < 0 ? null : v.sizeBand(population);
  }

  /** @return the stated amount (status CONTRACT) or the national figure */
  static Amount statedOr(Year y, @Nullable Euros stated, FundingItem item, @Nullable Mission mission, String rule) {
    return statedOr(y.cache(), y.size(), stated, item, mission, rule);
  }

  static Amount statedOr(RuleCache cache, SizeBand size, @Nullable Euros stated, FundingItem item,
      @Nullable Mission mission, String rule) {
    if (stated != null) {
      return Amount.known(stated, cache.contract(rule));
    }
    return cache.national(item, mission, size, rule);
  }
}
