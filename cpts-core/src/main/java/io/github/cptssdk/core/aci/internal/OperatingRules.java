package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.model.Mission;
import java.time.LocalDate;

/** Operating funding, letter-of-intent payment and crisis activation of a contract year. */
final class OperatingRules {

  private OperatingRules() {}

  /**
   * Year 1: operating funding paid in full at signature (art. 9.1, juriblio-aci). Later years: yearly
   * operating funding, 75 % advance on the anniversary opening the year, balance on the one closing it.
   */
  static void operating(FundingEngine.Year y) {
    if (y.number() == 1) {
      Amount a = FundingEngine.statedOr(y, y.contract().operatingAtSignature(), FundingItem.OPERATING_AT_SIGNATURE, null,
          "operating funding, paid in full at signature (art. 9.1)");
      y.add(new FundingLine(FundingItem.OPERATING_AT_SIGNATURE, null, a, a));
      if (a.isKnown()) {
        y.pay(y.contract().signedOn(), FundingItem.OPERATING_AT_SIGNATURE, null, a.euros(), "in full at signature");
      }
      return;
    }
    Amount a = FundingEngine.statedOr(y, y.contract().operatingYearly(), FundingItem.OPERATING_YEARLY, null,
        "yearly operating funding, 75 % advance then balance (art. 9.1)");
    y.add(new FundingLine(FundingItem.OPERATING_YEARLY, null, a, a));
    if (a.isKnown()) {
      advanceAndBalance(y, FundingItem.OPERATING_YEARLY, null, a.euros(), y.period().start());
    }
  }

  /** Pays {@code earned}: the advance share on {@code from}, the balance on the anniversary closing the year. */
  static void advanceAndBalance(FundingEngine.Year y, FundingItem item, Mission mission, Euros earned, LocalDate from) {
    Euros advance = y.version().advanceOf(earned);
    y.pay(from, item, mission, advance, y.version().advanceLabel());
    y.pay(y.period().end(), item, mission, earned.minus(advance), "balance at the anniversary");
  }

  /** Avenant 2: paid when the ARS validated the letter of intent, before the contract; counted in year 1. */
  static void letterOfIntent(FundingEngine.Year y) {
    LocalDate on = y.contract().letterOfIntentValidatedOn();
    if (y.number() != 1 || on == null
        || y.contract().letterOfIntent() == null && !y.version().has(FundingItem.LETTER_OF_INTENT)) {
      return;
    }
    Amount a = FundingEngine.statedOr(y, y.contract().letterOfIntent(), FundingItem.LETTER_OF_INTENT, null,
        "letter-of-intent payment, on ARS validation (avenant 2)");
    y.add(new FundingLine(FundingItem.LETTER_OF_INTENT, null, a, a));
    a.value().ifPresent(e -> y.pay(on, FundingItem.LETTER_OF_INTENT, null, e, "on validation of the letter of intent"));
  }

  /** Avenant 2: extra payment when the ARS recognises a crisis during the year, paid at the anniversary. */
  static void crisisActivation(FundingEngine.Year y) {
    if (y.contract().crisisActivation() == null && !y.version().has(FundingItem.CRISIS_ACTIVATION)) {
      return;
    }
    Amount envelope = FundingEngine.statedOr(y, y.contract().crisisActivation(), FundingItem.CRISIS_ACTIVATION,
        Mission.HEALTH_CRISIS, "crisis activation, if the ARS recognises a crisis (avenant 2)");
    Amount earned = y.results().crisisRecognised() ? envelope
        : Amount.known(Euros.ZERO, y.cache().withRule(envelope.provenance(), "no crisis recognised this year"));
    y.add(new FundingLine(FundingItem.CRISIS_ACTIVATION, Mission.HEALTH_CRISIS, envelope, earned));
    if (earned.isKnown()) {
      y.pay(y.period().end(), FundingItem.CRISIS_ACTIVATION, Mission.HEALTH_CRISIS, earned.euros(),
          "after the annual review");
    }
  }
}
