package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An appointment booked through the SAS ({@code FrAppointmentSAS}). Immutable, thread-safe.
 *
 * @param identifier the appointment's business identifier ({@code Appointment.identifier.value})
 * @param slotId the id of the slot booked ({@code Appointment.slot}), or null when not given
 * @param professional the professional seen ({@code participant.actor.identifier}, idNatPs)
 * @param time when, half-open
 * @param status booked, fulfilled, no-show or cancelled
 * @param operator the identifier of who booked it (extension {@code FrAppointmentOperator}); opaque
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SasAppointment(
    String identifier, @Nullable String slotId, SasProfessionalId professional, TimeSlot time,
    AppointmentStatus status, String operator) {

  /**
   * @throws SasException ({@code CPTS-1106}) if the identifier or the operator is blank
   *
   * @param identifier the identifier
   * @param slotId the slotId
   * @param professional the professional
   * @param time the time
   * @param status the status
   * @param operator the operator
   */
  public SasAppointment {
    Objects.requireNonNull(professional, "professional");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(status, "status");
    if (Objects.requireNonNull(identifier, "identifier").isBlank()) {
      throw new SasException("CPTS-1106", "identifier");
    }
    if (Objects.requireNonNull(operator, "operator").isBlank()) {
      throw new SasException("CPTS-1106", "operator");
    }
  }

  /** @return true if the appointment was given: booked, fulfilled or no-show (not cancelled) */
  public boolean given() {
    return status != AppointmentStatus.CANCELLED;
  }

  /** @return true if the appointment was honoured (fulfilled) */
  public boolean honoured() {
    return status == AppointmentStatus.FULFILLED;
  }
}
