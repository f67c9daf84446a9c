package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Who sent a request to the desk. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Origin {
  /** Social services. */
  SOCIAL_SERVICES,
  /** The CPAM (lists of fragile patients without a médecin traitant). */
  CPAM,
  /** A pharmacist. */
  PHARMACIST,
  /** A hospital, at discharge. */
  HOSPITAL_DISCHARGE,
  /** The patient. */
  SELF,
  /** Another health professional. */
  HEALTH_PROFESSIONAL,
  /** Anyone else. */
  OTHER
}
