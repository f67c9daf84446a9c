package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.Mission;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A mission in a version of the ACI: its category, the day it became applicable, and its start and
 * full-deployment deadlines in months counted from the contract signature (or from the day the mission
 * became applicable, if later). Immutable.
 *
 * @param mission the mission
 * @param category core or optional
 * @param effectiveFrom first day the mission applies (the version start unless the data says otherwise)
 * @param startMonths months to start it, null when chosen by the CPTS
 * @param deployMonths months to deploy it fully, null when chosen by the CPTS
 * @param calendarStatus evidence status of the calendar
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MissionRule(Mission mission, MissionCategory category, LocalDate effectiveFrom,
    @Nullable Integer startMonths, @Nullable Integer deployMonths, EvidenceStatus calendarStatus) {

  /**
   * @param mission the mission
   * @param category the category
   * @param effectiveFrom the first day
   * @param startMonths months to start, or null
   * @param deployMonths months to deploy, or null
   * @param calendarStatus the status
   * @throws NullPointerException if a required component is null
   */
  public MissionRule {
    Objects.requireNonNull(mission, "mission");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(calendarStatus, "calendarStatus");
  }

  /**
   * @param signedOn the contract signature day
   * @return the day the deadlines count from: the later of the signature and {@link #effectiveFrom()}
   */
  public LocalDate calendarOrigin(LocalDate signedOn) {
    return signedOn.isAfter(effectiveFrom) ? signedOn : effectiveFrom;
  }

  /**
   * @param signedOn the contract signature day
   * @return the last day to start the mission, or empty when the version sets none
   */
  public Optional<LocalDate> startDeadline(LocalDate signedOn) {
    return startMonths == null ? Optional.empty() : Optional.of(calendarOrigin(signedOn).plusMonths(startMonths));
  }

  /**
   * @param signedOn the contract signature day
   * @return the last day to deploy the mission fully, or empty when the version sets none
   */
  public Optional<LocalDate> deployDeadline(LocalDate signedOn) {
    return deployMonths == null ? Optional.empty() : Optional.of(calendarOrigin(signedOn).plusMonths(deployMonths));
  }
}
