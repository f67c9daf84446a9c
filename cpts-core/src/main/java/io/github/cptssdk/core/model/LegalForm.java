package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Legal form of a CPTS. Since ordonnance n° 2021-584 of 12 May 2021 a CPTS must be an association under
 * the law of 1 July 1901 (existing CPTS had until 14 May 2022): the eligibility rules check it.
 */
@API(status = STABLE, since = "0.1")
public enum LegalForm {
  /** Association loi 1901. */
  ASSOCIATION_1901,
  /** Association de droit local (Alsace-Moselle, code civil local articles 21-79-III). */
  ASSOCIATION_LOCAL_LAW,
  /** Société interprofessionnelle de soins ambulatoires. */
  SISA,
  /** Groupement de coopération sanitaire, GIP or any other form. */
  OTHER
}
