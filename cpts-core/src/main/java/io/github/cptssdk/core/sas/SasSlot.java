package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.Collections;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One slot of a professional's schedule. Immutable, thread-safe.
 *
 * @param id the slot's id in the booking software (a FHIR id: 1 to 64 of {@code A-Z a-z 0-9 - .})
 * @param time when, half-open
 * @param consultation where (practice, home, teleconsultation)
 * @param appointmentType with or without appointment
 * @param visibility who may see it, at least one
 * @param status free or busy
 * @param bookingUrl the URL that opens the professional's agenda ({@code Slot.comment}), or null
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SasSlot(
    String id,
    TimeSlot time,
    ConsultationType consultation,
    AppointmentType appointmentType,
    Set<SlotVisibility> visibility,
    SlotStatus status,
    @Nullable String bookingUrl) {

  /**
   * @throws SasException {@code CPTS-1104} if the id is not a FHIR id, {@code CPTS-1105} if no visibility
   * @param id the id
   * @param time the time
   * @param consultation the consultation
   * @param appointmentType the appointmentType
   * @param visibility the visibility
   * @param status the status
   * @param bookingUrl the bookingUrl
   */
  public SasSlot {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(appointmentType, "appointmentType");
    Objects.requireNonNull(status, "status");
    id = SasIds.check(id, "id");
    if (Objects.requireNonNull(visibility, "visibility").isEmpty()) {
      throw new SasException("CPTS-1105", "visibility");
    }
    visibility = Collections.unmodifiableSet(EnumSet.copyOf(visibility));
  }

  /**
   * A free, public and CPTS-visible slot with an appointment at the practice.
   *
   * @param id the slot id
   * @param time when
   * @return the slot
   * @throws SasException ({@code CPTS-1104}) if the id is not a FHIR id
   */
  public static SasSlot free(String id, TimeSlot time) {
    return new SasSlot(id, time, ConsultationType.AMB, AppointmentType.ROUTINE,
        EnumSet.of(SlotVisibility.PUBLIC, SlotVisibility.CPTS), SlotStatus.FREE, null);
  }
}
