package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.FundingRule;
import io.github.cptssdk.core.aci.Payment;
import io.github.cptssdk.core.model.Mission;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Operating funding of a contract year, and the advance-then-balance payment rule (art. 9.1). */
final class OperatingRules {

  private OperatingRules() {}

  /**
   * Year 1: operating funding paid in full at signature (art. 9.1, juriblio-aci). Later years: yearly
   * operating funding, advance on the anniversary opening the year, balance on the one closing it.
   */
  static Part operating(Year y) {
    if (y.number() == 1) {
      Amount a = y.statedOr(y.contract().operatingAtSignature(), FundingItem.OPERATING_AT_SIGNATURE, null,
          FundingRule.OPERATING_AT_SIGNATURE);
      FundingLine line = new FundingLine(FundingItem.OPERATING_AT_SIGNATURE, null, a, a);
      return a.isKnown() ? Part.of(line, Part.pay(y.contract().signedOn(), FundingItem.OPERATING_AT_SIGNATURE, null,
          a.euros(), FundingRule.IN_FULL_AT_SIGNATURE)) : Part.of(line);
    }
    Amount a = y.statedOr(y.contract().operatingYearly(), FundingItem.OPERATING_YEARLY, null,
        FundingRule.OPERATING_YEARLY);
    FundingLine line = new FundingLine(FundingItem.OPERATING_YEARLY, null, a, a);
    return a.isKnown() ? Part.of(line, advanceAndBalance(y, FundingItem.OPERATING_YEARLY, null, a.euros(),
        y.period().start()).toArray(Payment[]::new)) : Part.of(line);
  }

  /** @return {@code earned} paid as the version's advance share on {@code from}, the balance at the anniversary */
  static List<Payment> advanceAndBalance(Year y, FundingItem item, @Nullable Mission mission, Euros earned,
      LocalDate from) {
    Euros advance = y.version().advanceOf(earned);
    return List.of(Part.pay(from, item, mission, advance, FundingRule.ADVANCE),
        Part.pay(y.period().end(), item, mission, earned.minus(advance), FundingRule.BALANCE_AT_ANNIVERSARY));
  }
}
