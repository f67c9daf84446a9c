package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Whether a slot is booked (HL7 v2-0276, value set {@code sas-valueset-appointmentreason}). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AppointmentType {
  /** {@code ROUTINE}: with an appointment. */
  ROUTINE,
  /** {@code WALKIN}: without an appointment. */
  WALKIN
}
