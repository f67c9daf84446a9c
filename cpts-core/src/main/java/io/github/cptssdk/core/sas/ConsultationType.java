package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where the consultation takes place: HL7 v3 ActEncounterCode, as the SAS guide uses it. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ConsultationType {
  /** {@code AMB}: at the practice. */
  AMB,
  /** {@code HH}: home visit. */
  HH,
  /** {@code VR}: teleconsultation. */
  VR
}
