package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The six missions of a CPTS (article L1434-12 CSP and the ACI). The ids are stable: they are used in
 * JSON documents, CSV files, FHIR codes and rule data.
 *
 * <p>Which missions are core (socle) or optional, and their deployment calendars, depend on the version
 * of the agreement: they belong to the ACI rule sets ({@code io.github.cptssdk.core.aci}), not to this
 * enum.
 */
@API(status = STABLE, since = "0.1")
public enum Mission {
  /** Missions en faveur de l'amélioration de l'accès aux soins (médecin traitant, soins non programmés, SAS). */
  ACCESS_TO_CARE("Missions en faveur de l'amélioration de l'accès aux soins", "Access to care"),
  /** Organisation de parcours pluriprofessionnels autour du patient. */
  CARE_PATHWAYS("Organisation de parcours pluriprofessionnels autour du patient", "Multi-professional care pathways"),
  /** Développement d'actions coordonnées de prévention. */
  PREVENTION("Développement d'actions coordonnées de prévention", "Prevention"),
  /** Mission dédiée à la réponse aux crises sanitaires graves (added by avenant 2). */
  HEALTH_CRISIS("Réponse aux crises sanitaires graves", "Health-crisis response"),
  /** Actions en faveur du développement de la qualité et de la pertinence des soins. */
  QUALITY_RELEVANCE("Développement de la qualité et de la pertinence des soins", "Quality and relevance of care"),
  /** Actions en faveur de l'accompagnement des professionnels de santé sur le territoire. */
  PROFESSIONAL_SUPPORT("Accompagnement des professionnels de santé sur le territoire", "Support of health professionals");

  private final String labelFr;
  private final String labelEn;

  Mission(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** @return the French label, as in the ACI */
  public String labelFr() {
    return labelFr;
  }

  /** @return an English label */
  public String labelEn() {
    return labelEn;
  }
}
