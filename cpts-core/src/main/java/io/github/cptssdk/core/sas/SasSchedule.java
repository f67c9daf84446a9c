package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The schedule of one professional at one practice site over a planning horizon: one FHIR
 * {@code Schedule} per {@code PractitionerRole}. Every slot lies inside the horizon. Immutable,
 * thread-safe.
 *
 * @param professional who
 * @param site where
 * @param horizon the period the schedule covers, half-open ({@code Schedule.planningHorizon})
 * @param slots the slots, in any order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SasSchedule(SasProfessionalId professional, PracticeSite site, TimeSlot horizon, List<SasSlot> slots) {

  /**
   * @throws SasException ({@code CPTS-1101}, path {@code slots[i]}) if a slot is not inside the horizon
   * @param professional the professional
   * @param site the site
   * @param horizon the horizon
   * @param slots the slots
   */
  public SasSchedule {
    Objects.requireNonNull(professional, "professional");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(horizon, "horizon");
    slots = List.copyOf(Objects.requireNonNull(slots, "slots"));
    for (int i = 0; i < slots.size(); i++) {
      if (!horizon.encloses(slots.get(i).time())) {
        throw new SasException("CPTS-1101", "slots[" + i + "]");
      }
    }
  }

  /** @return the schedule's id in a bundle: the professional's idNatPs and the site id */
  public String key() {
    return professional + "-" + site.id();
  }
}
