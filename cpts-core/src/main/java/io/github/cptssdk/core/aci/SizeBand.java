package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Population size category of a CPTS territory (taille 1 to 4), which sets the ACI funding amounts.
 * The population bounds of each band are data of the agreement version, not of this enum.
 */
@API(status = STABLE, since = "0.1")
public enum SizeBand {
  /** Taille 1. */
  SIZE_1,
  /** Taille 2. */
  SIZE_2,
  /** Taille 3. */
  SIZE_3,
  /** Taille 4. */
  SIZE_4;

  /** @return 1 to 4 */
  public int number() {
    return ordinal() + 1;
  }

  /** @return "Taille 1" ... "Taille 4" */
  public String labelFr() {
    return "Taille " + number();
  }
}
