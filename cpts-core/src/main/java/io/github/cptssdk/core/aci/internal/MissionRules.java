package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.ContractMission;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.FundingRule;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.Payment;
import io.github.cptssdk.core.aci.Provenance;
import io.github.cptssdk.core.aci.UnknownReason;
import io.github.cptssdk.core.time.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Fixed and variable parts of a mission for a contract year. */
final class MissionRules {

  private MissionRules() {}

  /**
   * Fixed part: from the mission start, prorated to the next anniversary in the start year
   * ({@code amount x days(start, anniversary) / days(year)}, rounded down to the cent), the advance share at
   * the start (or at the anniversary opening a full year), balance at the anniversary (art. 9.1).
   */
  static Part fixed(Year y, ContractMission m) {
    Amount envelope = y.statedOr(m.fixedAmount(), FundingItem.MISSION_FIXED, m.mission(), FundingRule.FIXED_ENVELOPE);
    LocalDate start = activeFrom(y.period(), m.startedOn());
    if (start == null) {
      return Part.of(new FundingLine(FundingItem.MISSION_FIXED, m.mission(), envelope, notStarted(envelope)));
    }
    boolean full = start.equals(y.period().start());
    Provenance p = envelope.provenance().withRule(full ? FundingRule.FIXED_FULL_YEAR : FundingRule.FIXED_PRORATED);
    Euros e = envelope.euros();
    Amount earned = e == null ? Amount.unknown(envelope.unknownReason(), p)
        : Amount.known(full ? e : prorate(e, y.period(), start), p);
    FundingLine line = new FundingLine(FundingItem.MISSION_FIXED, m.mission(), envelope, earned);
    return earned.isKnown() ? Part.of(line, OperatingRules.advanceAndBalance(y, FundingItem.MISSION_FIXED, m.mission(),
        earned.euros(), start).toArray(Payment[]::new)) : Part.of(line);
  }

  /** @return {@code amount x days(from, end) / days(period)}, rounded down; exactly {@code amount} from the start */
  static Euros prorate(Euros amount, DateRange period, LocalDate from) {
    long total = period.lengthInDays();
    long left = ChronoUnit.DAYS.between(from, period.end());
    return left >= total ? amount : amount.times(left, total);
  }

  /** Variable part: the sum of what each indicator line earned, paid after the annual review. */
  static Part variable(Year y, ContractMission m) {
    Amount envelope = variableEnvelope(y, m);
    Amount earned;
    if (activeFrom(y.period(), m.startedOn()) == null) {
      earned = notStarted(envelope);
    } else if (m.indicators().isEmpty() && m.fixedAmount() == null) {
      earned = y.results().assumeAllMet() || !envelope.isKnown() ? envelope
          : Amount.unknown(UnknownReason.noIndicatorLines(), envelope.provenance());
    } else {
      earned = scored(y, m, envelope.provenance());
    }
    FundingLine line = new FundingLine(FundingItem.MISSION_VARIABLE, m.mission(), envelope, earned);
    return earned.isKnown() ? Part.of(line, Part.pay(y.period().end(), FundingItem.MISSION_VARIABLE, m.mission(),
        earned.euros(), FundingRule.VARIABLE_AFTER_REVIEW)) : Part.of(line);
  }

  /**
   * A mission whose contract states its fixed amount states its variable part too: the sum of its lines
   * (none: zero). Otherwise, without lines, the national table applies.
   */
  static Amount variableEnvelope(Year y, ContractMission m) {
    if (m.indicators().isEmpty() && m.fixedAmount() == null) {
      return y.statedOr(null, FundingItem.MISSION_VARIABLE, m.mission(), FundingRule.VARIABLE_NATIONAL);
    }
    Provenance p = y.contract(FundingRule.VARIABLE_ENVELOPE);
    long sum = 0;
    for (IndicatorLine l : m.indicators()) {
      Euros a = l.amount();
      if (a == null) {
        return Amount.unknown(UnknownReason.lineWithoutAmount(), p);
      }
      sum = Math.addExact(sum, a.cents());
    }
    return Amount.known(Euros.ofCents(sum), p);
  }

  private static Amount scored(Year y, ContractMission m, Provenance p) {
    long sum = 0;
    for (IndicatorLine line : m.indicators()) {
      Euros e = Attainment.earnedOrNull(line, y.results().results().get(line.id()), y.contract().formula(),
          y.results().assumeAllMet());
      if (e == null) {
        return Amount.unknown(UnknownReason.lineNotScorable(line.id()), p);
      }
      sum = Math.addExact(sum, e.cents());
    }
    return Amount.known(Euros.ofCents(sum), p.withRule(FundingRule.VARIABLE_EARNED));
  }

  private static Amount notStarted(Amount envelope) {
    return Amount.known(Euros.ZERO, envelope.provenance().withRule(FundingRule.MISSION_NOT_STARTED));
  }

  /** @return the day the mission is active from within the year, or null if it did not start before the year ends */
  private static @Nullable LocalDate activeFrom(DateRange period, @Nullable LocalDate startedOn) {
    if (startedOn == null || !startedOn.isBefore(period.end())) {
      return null;
    }
    return startedOn.isBefore(period.start()) ? period.start() : startedOn;
  }
}
