package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.internal.AciMessages;
import io.github.cptssdk.core.validation.LocalizedText;
import org.apiguardian.api.API;

/**
 * The funding lines of the ACI, as named in the rule data files ({@code aci-2019.tsv},
 * {@code avenant-2.tsv}). Which lines exist and their amounts depend on the version.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FundingItem implements RuleItem {
  /** Operating funding paid in full at signature, before the missions start (art. 9.1). */
  OPERATING_AT_SIGNATURE("CPTS-1450"),
  /** Operating funding per year once the missions have started (75 % advance, balance at the anniversary). */
  OPERATING_YEARLY("CPTS-1451"),
  /** Operating funding raised by 75 % (avenant 2, NEGOTIATION; one-off or yearly unclear). */
  OPERATING_RAISED_75("CPTS-1452"),
  /** Fixed part (volet fixe) of a mission. */
  MISSION_FIXED("CPTS-1453"),
  /** Variable part (volet variable) of a mission: sum of its indicator lines. */
  MISSION_VARIABLE("CPTS-1454"),
  /** Specific compensation of unscheduled care (SNP) inside the access mission. */
  SNP_COMPENSATION("CPTS-1455"),
  /** SAS participation (no separate national amount found). */
  SAS_PARTICIPATION("CPTS-1456"),
  /** Payment once the ARS validates the letter of intent, before the contract (avenant 2). */
  LETTER_OF_INTENT("CPTS-1457"),
  /** Health-crisis plan, first year (avenant 2). */
  CRISIS_PLAN_FIRST_YEAR("CPTS-1458"),
  /** Health-crisis plan, yearly update (avenant 2). */
  CRISIS_PLAN_UPDATE("CPTS-1459"),
  /** Extra payment when the ARS recognises a crisis (avenant 2). */
  CRISIS_ACTIVATION("CPTS-1460"),
  /** Maximum annual total with every mission at 100 % (a reference figure, not a payment). */
  MAX_ANNUAL_TOTAL("CPTS-1461");

  private final String labelCode;

  FundingItem(String labelCode) {
    this.labelCode = labelCode;
  }

  /** @return true for the lines of a mission (their cells name a mission), false for the CPTS-wide lines */
  public boolean perMission() {
    return switch (this) {
      case OPERATING_AT_SIGNATURE, OPERATING_YEARLY, OPERATING_RAISED_75, LETTER_OF_INTENT, MAX_ANNUAL_TOTAL -> false;
      default -> true;
    };
  }

  /** @return the name of the line in English and French (a mission's line names its part only) */
  public LocalizedText label() {
    return AciMessages.get().text(labelCode);
  }
}
