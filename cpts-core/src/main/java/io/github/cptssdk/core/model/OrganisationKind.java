package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Kinds of member organisations of a CPTS (L1434-12 CSP: primary-care teams, first- and second-line actors, medico-social and social actors). */
@API(status = STABLE, since = "0.1")
public enum OrganisationKind {
  /** Maison de santé pluriprofessionnelle. */
  MSP,
  /** Centre de santé. */
  HEALTH_CENTRE,
  /** Équipe de soins primaires (ESP). */
  PRIMARY_CARE_TEAM,
  /** Établissement de santé (hôpital, clinique), including a GHT member. */
  HOSPITAL,
  /** Établissement d'hébergement pour personnes âgées dépendantes. */
  EHPAD,
  /** Dispositif d'appui à la coordination. */
  DAC,
  /** Other medico-social establishment or service (SSIAD, SAAD, disability services...). */
  MEDICO_SOCIAL,
  /** Social service. */
  SOCIAL_SERVICE,
  /** Collectivité territoriale (commune, EPCI, département...). */
  LOCAL_AUTHORITY,
  /** Pharmacie d'officine. */
  PHARMACY,
  /** Laboratoire de biologie médicale. */
  LABORATORY,
  /** Any other kind. */
  OTHER
}
