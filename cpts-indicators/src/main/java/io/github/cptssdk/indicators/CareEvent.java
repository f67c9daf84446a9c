package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One activity event feeding the SAS/SNP and action indicators: an appointment given through the
 * SAS or as unscheduled care (SNP), a care pathway written, a prevention event held.
 *
 * @param date the day of the event
 * @param commune where it took place (attributes it to the CPTS covering that commune)
 * @param kind what happened
 * @param professionalRpps RPPS of the professional (appointments, pathways), or null
 * @param honoured for an appointment: the patient came
 * @param participants for a prevention event: the number of participants (0 otherwise)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CareEvent(
    LocalDate date,
    CommuneCode commune,
    Kind kind,
    @Nullable String professionalRpps,
    boolean honoured,
    int participants) {

  /** The kinds of events. */
  public enum Kind {
    /** An appointment given through the service d'accès aux soins. */
    SAS_APPOINTMENT,
    /** An unscheduled-care appointment (soins non programmés) outside the SAS. */
    SNP_APPOINTMENT,
    /** A multi-professional care pathway written and spread (one row per professional involved). */
    PATHWAY,
    /** A prevention event (information day, screening session). */
    PREVENTION_EVENT
  }

  /**
   * Checks the components.
   *
   * @param date the day of the event
   * @param commune where it took place
   * @param kind its kind
   * @param professionalRpps the RPPS number of the professional, null if none
   * @param honoured for an appointment: whether it was honoured
   * @param participants for a prevention event: the number of participants
   * @throws NullPointerException if date, commune or kind is null
   * @throws IllegalArgumentException if participants is negative
   */
  public CareEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(kind, "kind");
    if (participants < 0) {
      throw new IllegalArgumentException("participants must not be negative");
    }
  }
}
