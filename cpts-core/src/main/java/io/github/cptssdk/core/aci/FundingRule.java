package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.internal.AciMessages;
import io.github.cptssdk.core.validation.LocalizedText;
import org.apiguardian.api.API;

/**
 * The rule that produced an amount or a payment: a stable identity for audits and JSON, with its code
 * and its text in English and French from the ACI message bundle ({@code CPTS-1400..1429}). The article
 * cited is that of the 2019 accord (art. 9.1) or the model contract (6.1-6.2), aci-cpts.md 4.5.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum FundingRule {
  /** A national figure of the version's table (or of a supplied table), as chosen by the figure policy. */
  NATIONAL_TABLE("CPTS-1400"),
  /** Operating funding of year 1, paid in full at signature (art. 9.1). */
  OPERATING_AT_SIGNATURE("CPTS-1401"),
  /** Yearly operating funding of later years: advance on the anniversary opening the year, balance at the next. */
  OPERATING_YEARLY("CPTS-1402"),
  /** Fixed part of a mission: advance at the mission start, prorated to the anniversary (art. 9.1). */
  FIXED_ENVELOPE("CPTS-1403"),
  /** Fixed part for the full contract year. */
  FIXED_FULL_YEAR("CPTS-1404"),
  /** Fixed part prorated from the mission start to the next anniversary. */
  FIXED_PRORATED("CPTS-1405"),
  /** Variable part from the national table (a contract without indicator lines nor stated amounts). */
  VARIABLE_NATIONAL("CPTS-1406"),
  /** Variable part envelope: the sum of the contract's indicator lines. */
  VARIABLE_ENVELOPE("CPTS-1407"),
  /** Variable part earned from the indicator results, by the contract's formula. */
  VARIABLE_EARNED("CPTS-1408"),
  /** Nothing earned: the mission did not start during the contract year. */
  MISSION_NOT_STARTED("CPTS-1409"),
  /** Letter-of-intent payment, on ARS validation, before the contract (avenant 2). */
  LETTER_OF_INTENT("CPTS-1410"),
  /** Crisis activation: paid if the ARS recognises a crisis during the year (avenant 2). */
  CRISIS_ACTIVATION("CPTS-1411"),
  /** Nothing earned: no crisis was recognised this year. */
  NO_CRISIS_RECOGNISED("CPTS-1412"),
  /** Nothing: the mission does not exist in the version in force. */
  MISSION_NOT_IN_VERSION("CPTS-1413"),
  /** Nothing: the mission applies from a later day of the version. */
  MISSION_NOT_YET_APPLICABLE("CPTS-1414"),
  /** Payment in full at signature. */
  IN_FULL_AT_SIGNATURE("CPTS-1415"),
  /** Payment of the advance share of the version (its ADVANCE_RATIO). */
  ADVANCE("CPTS-1416"),
  /** Payment of the balance at the anniversary closing the contract year. */
  BALANCE_AT_ANNIVERSARY("CPTS-1417"),
  /** Payment of the variable part after the annual review. */
  VARIABLE_AFTER_REVIEW("CPTS-1418"),
  /** Payment on ARS validation of the letter of intent. */
  ON_LETTER_OF_INTENT_VALIDATION("CPTS-1419"),
  /** Payment of the crisis activation after the annual review. */
  CRISIS_AFTER_REVIEW("CPTS-1420"),
  /** A figure of a table the caller supplied ({@link SuppliedTable}), never an official one. */
  SUPPLIED_TABLE("CPTS-1421");

  private final String code;

  FundingRule(String code) {
    this.code = code;
  }

  /** @return the stable code of the rule, e.g. {@code CPTS-1405} */
  public String code() {
    return code;
  }

  /** @return what the rule does, in English and French */
  public LocalizedText text() {
    return AciMessages.get().text(code);
  }
}
