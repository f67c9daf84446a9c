package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The funding lines of the ACI, as named in the rule data files ({@code aci-2019.tsv},
 * {@code avenant-2.tsv}). Which lines exist and their amounts depend on the version.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FundingItem {
  /** Operating funding paid in full at signature, before the missions start (art. 9.1). */
  OPERATING_AT_SIGNATURE,
  /** Operating funding per year once the missions have started (75 % advance, balance at the anniversary). */
  OPERATING_YEARLY,
  /** Operating funding raised by 75 % (avenant 2, NEGOTIATION; one-off or yearly unclear). */
  OPERATING_RAISED_75,
  /** Fixed part (volet fixe) of a mission. */
  MISSION_FIXED,
  /** Variable part (volet variable) of a mission: sum of its indicator lines. */
  MISSION_VARIABLE,
  /** Specific compensation of unscheduled care (SNP) inside the access mission. */
  SNP_COMPENSATION,
  /** SAS participation (no separate national amount found). */
  SAS_PARTICIPATION,
  /** Payment once the ARS validates the letter of intent, before the contract (avenant 2). */
  LETTER_OF_INTENT,
  /** Health-crisis plan, first year (avenant 2). */
  CRISIS_PLAN_FIRST_YEAR,
  /** Health-crisis plan, yearly update (avenant 2). */
  CRISIS_PLAN_UPDATE,
  /** Extra payment when the ARS recognises a crisis (avenant 2). */
  CRISIS_ACTIVATION,
  /** Maximum annual total with every mission at 100 % (a reference figure, not a payment). */
  MAX_ANNUAL_TOTAL
}
