package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Whether a mission is mandatory (socle) or optional (complémentaire) in a version of the ACI. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum MissionCategory {
  /** Socle: every signatory CPTS must deploy it. */
  CORE,
  /** Complémentaire: chosen by the CPTS. */
  OPTIONAL
}
