package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A mission the CPTS committed to in its contract, with its actual start and full-deployment dates once
 * they happened.
 *
 * @param mission the mission
 * @param startedOn the day the mission actually started, or null if not yet
 * @param fullyDeployedOn the day it was fully deployed, or null if not yet
 */
@API(status = STABLE, since = "0.1")
public record MissionCommitment(Mission mission, @Nullable LocalDate startedOn, @Nullable LocalDate fullyDeployedOn) {

  /**
   * @param mission the mission
   * @param startedOn the start, or null
   * @param fullyDeployedOn the full deployment, or null
   * @throws IllegalArgumentException if full deployment is dated before the start, or without a start
   * @throws DateOutOfRangeException if a date is outside {@link ModelDates#MIN}..{@link ModelDates#MAX}
   */
  public MissionCommitment {
    Objects.requireNonNull(mission, "mission");
    ModelDates.check(startedOn, "startedOn");
    ModelDates.check(fullyDeployedOn, "fullyDeployedOn");
    if (fullyDeployedOn != null && (startedOn == null || fullyDeployedOn.isBefore(startedOn))) {
      throw new IllegalArgumentException("fullyDeployedOn of " + mission + " must be on or after startedOn");
    }
  }

  /**
   * @param mission the mission
   * @return a commitment not started yet
   */
  public static MissionCommitment of(Mission mission) {
    return new MissionCommitment(mission, null, null);
  }

  /**
   * @param mission the mission
   * @param start the day it started
   * @return a commitment started on {@code start}, not yet fully deployed
   */
  public static MissionCommitment startedOn(Mission mission, LocalDate start) {
    return new MissionCommitment(mission, Objects.requireNonNull(start, "start"), null);
  }

  /**
   * @param date the start, or null
   * @return a copy with that start
   * @throws IllegalArgumentException if it leaves a full deployment before the start or without a start
   */
  public MissionCommitment withStartedOn(@Nullable LocalDate date) {
    return new MissionCommitment(mission, date, fullyDeployedOn);
  }

  /**
   * @param date the full deployment, or null
   * @return a copy with that date
   * @throws IllegalArgumentException if it is before the start or there is no start
   */
  public MissionCommitment withFullyDeployedOn(@Nullable LocalDate date) {
    return new MissionCommitment(mission, startedOn, date);
  }
}
