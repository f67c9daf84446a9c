package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.FundingRule;
import io.github.cptssdk.core.model.Mission;
import java.time.LocalDate;

/** The rules of the features a version declares ({@link io.github.cptssdk.core.aci.VersionFeature}). */
final class FeatureRules {

  private FeatureRules() {}

  /** LETTER_OF_INTENT: paid when the ARS validated the letter of intent, before the contract; counted in year 1. */
  static Part letterOfIntent(Year y) {
    LocalDate on = y.contract().letterOfIntentValidatedOn();
    if (y.number() != 1 || on == null) {
      return Part.NONE;
    }
    Amount a = y.statedOr(y.contract().letterOfIntent(), FundingItem.LETTER_OF_INTENT, null,
        FundingRule.LETTER_OF_INTENT);
    FundingLine line = new FundingLine(FundingItem.LETTER_OF_INTENT, null, a, a);
    return a.isKnown() ? Part.of(line, Part.pay(on, FundingItem.LETTER_OF_INTENT, null, a.euros(),
        FundingRule.ON_LETTER_OF_INTENT_VALIDATION)) : Part.of(line);
  }

  /** CRISIS_ACTIVATION: an extra payment of {@code mission} when the ARS recognises a crisis, paid at the anniversary. */
  static Part crisisActivation(Year y, Mission mission) {
    Amount envelope = y.statedOr(y.contract().crisisActivation(), FundingItem.CRISIS_ACTIVATION, mission,
        FundingRule.CRISIS_ACTIVATION);
    Amount earned = y.results().crisisRecognised() ? envelope
        : Amount.known(Euros.ZERO, envelope.provenance().withRule(FundingRule.NO_CRISIS_RECOGNISED));
    FundingLine line = new FundingLine(FundingItem.CRISIS_ACTIVATION, mission, envelope, earned);
    return earned.isKnown() ? Part.of(line, Part.pay(y.period().end(), FundingItem.CRISIS_ACTIVATION, mission,
        earned.euros(), FundingRule.CRISIS_AFTER_REVIEW)) : Part.of(line);
  }
}
