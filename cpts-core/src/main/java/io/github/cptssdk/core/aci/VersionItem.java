package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The items of a rule data file that describe the version itself rather than a funding line (the header of
 * {@code aci-2019.tsv}, {@code avenant-2.tsv}). Read by {@link AciVersion#parse(String)}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum VersionItem implements RuleItem {
  /** The version id ({@link AciVersionId}). */
  VERSION_ID,
  /** The title of the version. */
  LABEL,
  /** The day the text was signed. */
  SIGNED_ON,
  /** The day of its approval notice in the Journal officiel (kept for the record). */
  JOURNAL_OFFICIEL_ON,
  /** The days it is in force, {@code start/end} or {@code start/..}. */
  VALIDITY,
  /** The contract duration in years. */
  CONTRACT_YEARS,
  /** The share of a yearly amount paid in advance. */
  ADVANCE_RATIO,
  /** The population range of a size band. */
  SIZE_BAND,
  /** The category of a mission (core or optional). */
  MISSION_CATEGORY,
  /** Months after the signature by which a mission must have started. */
  MISSION_START_MONTHS,
  /** Months after the signature by which a mission must be fully deployed. */
  MISSION_DEPLOY_MONTHS,
  /** The day a mission becomes applicable, when after the start of the version. */
  MISSION_EFFECTIVE_FROM,
  /** A behaviour of the version ({@link VersionFeature}), optionally tied to a mission. */
  FEATURE,
  /** An item whose lines are kept for the record and read by no rule (the value names the item). */
  REFERENCE_ONLY
}
