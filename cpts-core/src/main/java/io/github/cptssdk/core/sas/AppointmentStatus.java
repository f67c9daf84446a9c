package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The status of an appointment booked through the SAS (FHIR {@code Appointment.status}). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AppointmentStatus {
  /** {@code booked}: given, not yet taken place. */
  BOOKED,
  /** {@code fulfilled}: honoured. */
  FULFILLED,
  /** {@code noshow}: the patient did not come. */
  NOSHOW,
  /** {@code cancelled}. */
  CANCELLED
}
