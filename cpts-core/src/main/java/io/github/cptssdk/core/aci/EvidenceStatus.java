package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How well a figure of the ACI rule data is established (the status legend of
 * {@code aci-cpts-tables.json}). Only {@link #isNationalDefault() CONFIRMED and SINGLE_SOURCE} figures
 * are used as national defaults; the others are candidates a caller may opt in to.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum EvidenceStatus {
  /** Same value in two or more independent sources. */
  CONFIRMED,
  /** One source only. */
  SINGLE_SOURCE,
  /** Reported from pre-signature drafts or press; the signed value was not verified. */
  NEGOTIATION,
  /** Read in real CPTS contracts, not in the national table. */
  OBSERVED,
  /** Sources disagree: each candidate value carries this status. */
  CONFLICT,
  /** Not found. */
  UNKNOWN,
  /** Derived by arithmetic from other figures; not read as such in any source. */
  INFERRED,
  /** Stated by the contract itself (not a national figure). */
  CONTRACT,
  /** Supplied by the caller in a table of their own ({@link SuppliedTable}): shown as supplied, never as official. */
  SUPPLIED;

  /** @return true for CONFIRMED and SINGLE_SOURCE: figures read in sources describing the signed text */
  public boolean isNationalDefault() {
    return this == CONFIRMED || this == SINGLE_SOURCE;
  }
}
