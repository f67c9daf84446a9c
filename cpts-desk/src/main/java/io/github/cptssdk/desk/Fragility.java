package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The fragility flags of a request (issue 16). Only {@link PriorityRules} turn them into a priority. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Fragility {
  /** Affection de longue durée. */
  ALD,
  /** Aged 70 or over in the year of the reference date: derived from the birth year, never stored. */
  AGED_70_PLUS,
  /** Complémentaire santé solidaire. */
  C2S,
  /** Aide médicale de l'État. */
  AME,
  /** A disability. */
  DISABILITY,
  /** The médecin traitant retired or left: end of follow-up. */
  GP_LEFT
}
