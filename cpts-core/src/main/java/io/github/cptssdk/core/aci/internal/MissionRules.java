package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.ContractMission;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.Provenance;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.time.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Fixed and variable parts of a mission for a contract year. */
final class MissionRules {

  private static final String ENVELOPE_RULE = "variable part = sum of the contract's indicator lines";
  private static final String EARNED_RULE = "variable part earned from the indicator results (formula of the contract)";

  private MissionRules() {}

  /**
   * Fixed part: from the mission start, prorated to the next anniversary in the start year
   * ({@code amount x days(start, anniversary) / days(year)}, rounded down to the cent), 75 % advance at
   * the start (or at the anniversary opening a full year), balance at the anniversary (art. 9.1).
   */
  static void fixed(FundingEngine.Year y, ContractMission m, Amount envelope) {
    LocalDate start = activeFrom(y.period(), m.startedOn());
    if (start == null) {
      y.add(new FundingLine(FundingItem.MISSION_FIXED, m.mission(), envelope, notStarted(y, envelope)));
      return;
    }
    boolean full = start.equals(y.period().start());
    Provenance p = y.cache().withRule(envelope.provenance(), full ? "fixed part for the full contract year"
        : "fixed part prorated from the mission start to the next anniversary");
    Euros e = envelope.euros();
    Amount earned = e == null ? Amount.unknown(envelope.unknownReason(), p)
        : Amount.known(full ? e : prorate(e, y.period(), start), p);
    y.add(new FundingLine(FundingItem.MISSION_FIXED, m.mission(), envelope, earned));
    if (earned.isKnown()) {
      OperatingRules.advanceAndBalance(y, FundingItem.MISSION_FIXED, m.mission(), earned.euros(), start);
    }
  }

  /** @return the fixed envelope of the mission: stated by the contract, else the national table */
  static Amount fixedEnvelope(RuleCache cache, SizeBand size, ContractMission m) {
    return FundingEngine.statedOr(cache, size, m.fixedAmount(), FundingItem.MISSION_FIXED, m.mission(),
        "fixed part, 75 % advance at the mission start prorated to the anniversary (art. 9.1)");
  }

  /** @return {@code amount x days(from, end) / days(period)}, rounded down; exactly {@code amount} from the start */
  static Euros prorate(Euros amount, DateRange period, LocalDate from) {
    long total = period.lengthInDays();
    long left = ChronoUnit.DAYS.between(from, period.end());
    return left >= total ? amount : amount.times(left, total);
  }

  /** Variable part: the sum of what each indicator line earned, paid after the annual review. */
  static void variable(FundingEngine.Year y, ContractMission m, Amount envelope) {
    Amount earned;
    if (activeFrom(y.period(), m.startedOn()) == null) {
      earned = notStarted(y, envelope);
    } else if (m.indicators().isEmpty() && m.fixedAmount() == null) {
      earned = y.results().assumeAllMet() || !envelope.isKnown() ? envelope
          : Amount.unknown("the contract has no indicator lines to score", envelope.provenance());
    } else {
      earned = scored(y, m, envelope.provenance());
    }
    y.add(new FundingLine(FundingItem.MISSION_VARIABLE, m.mission(), envelope, earned));
    if (earned.isKnown()) {
      y.pay(y.period().end(), FundingItem.MISSION_VARIABLE, m.mission(), earned.euros(),
          "variable part after the annual review");
    }
  }

  /**
   * A mission whose contract states its fixed amount states its variable part too: the sum of its lines
   * (none: zero). Otherwise, without lines, the national table applies.
   */
  static Amount variableEnvelope(RuleCache cache, SizeBand size, ContractMission m) {
    if (m.indicators().isEmpty() && m.fixedAmount() == null) {
      return FundingEngine.statedOr(cache, size, null, FundingItem.MISSION_VARIABLE, m.mission(),
          "variable part (national table)");
    }
    Provenance p = cache.contract(ENVELOPE_RULE);
    long sum = 0;
    for (IndicatorLine l : m.indicators()) {
      Euros a = l.amount();
      if (a == null) {
        return Amount.unknown("an indicator line has no amount", p);
      }
      sum = Math.addExact(sum, a.cents());
    }
    return Amount.known(Euros.ofCents(sum), p);
  }

  private static Amount scored(FundingEngine.Year y, ContractMission m, Provenance p) {
    long sum = 0;
    for (IndicatorLine line : m.indicators()) {
      Euros e = Attainment.earnedOrNull(line, y.results().results().get(line.id()), y.contract().formula(),
          y.results().assumeAllMet());
      if (e == null) {
        return Amount.unknown("indicator line '" + line.id() + "' cannot be scored (amount, baseline or target missing)", p);
      }
      sum = Math.addExact(sum, e.cents());
    }
    return Amount.known(Euros.ofCents(sum), y.cache().withRule(p, EARNED_RULE));
  }

  private static Amount notStarted(FundingEngine.Year y, Amount envelope) {
    return Amount.known(Euros.ZERO, y.cache().withRule(envelope.provenance(), "mission not started during this contract year"));
  }

  /** @return the day the mission is active from within the year, or null if it did not start before the year ends */
  private static @Nullable LocalDate activeFrom(DateRange period, @Nullable LocalDate startedOn) {
    if (startedOn == null || !startedOn.isBefore(period.end())) {
      return null;
    }
    return startedOn.isBefore(period.start()) ? period.start() : startedOn;
  }
}
