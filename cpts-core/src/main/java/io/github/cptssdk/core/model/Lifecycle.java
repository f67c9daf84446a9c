package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The dated milestones of a CPTS, each null until it happens: letter of intent to the ARS, association
 * registered, health project, ACI contract signed.
 *
 * @param letterOfIntentOn the day the lettre d'intention was sent
 * @param associationRegisteredOn the day the association was declared
 * @param healthProject the projet de santé, once submitted
 * @param contractSignedOn the day the ACI contract was signed
 */
@API(status = STABLE, since = "0.1")
public record Lifecycle(
    @Nullable LocalDate letterOfIntentOn,
    @Nullable LocalDate associationRegisteredOn,
    @Nullable HealthProject healthProject,
    @Nullable LocalDate contractSignedOn) {

  /**
   * @param letterOfIntentOn the day of the letter of intent, or null
   * @param associationRegisteredOn the day the association was declared, or null
   * @param healthProject the projet de santé, or null
   * @param contractSignedOn the day the ACI contract was signed, or null
   * @throws DateOutOfRangeException if a date is outside {@link ModelDates#MIN}..{@link ModelDates#MAX}
   */
  public Lifecycle {
    ModelDates.check(letterOfIntentOn, "letterOfIntentOn");
    ModelDates.check(associationRegisteredOn, "associationRegisteredOn");
    ModelDates.check(contractSignedOn, "contractSignedOn");
  }

  private static final Lifecycle EMPTY = new Lifecycle(null, null, null, null);

  /** @return a lifecycle with no milestone yet */
  public static Lifecycle empty() {
    return EMPTY;
  }

  /**
   * @param date the day the lettre d'intention was sent, or null
   * @return a copy with that milestone
   */
  public Lifecycle withLetterOfIntentOn(@Nullable LocalDate date) {
    return new Lifecycle(date, associationRegisteredOn, healthProject, contractSignedOn);
  }

  /**
   * @param date the day the association was declared, or null
   * @return a copy with that milestone
   */
  public Lifecycle withAssociationRegisteredOn(@Nullable LocalDate date) {
    return new Lifecycle(letterOfIntentOn, date, healthProject, contractSignedOn);
  }

  /**
   * @param project the projet de santé, or null
   * @return a copy with that milestone
   */
  public Lifecycle withHealthProject(@Nullable HealthProject project) {
    return new Lifecycle(letterOfIntentOn, associationRegisteredOn, project, contractSignedOn);
  }

  /**
   * @param date the day the ACI contract was signed, or null
   * @return a copy with that milestone
   */
  public Lifecycle withContractSignedOn(@Nullable LocalDate date) {
    return new Lifecycle(letterOfIntentOn, associationRegisteredOn, healthProject, date);
  }
}
