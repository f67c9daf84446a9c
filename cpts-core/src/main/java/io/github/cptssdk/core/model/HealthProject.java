package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The projet de santé sent to the ARS (L1434-12 CSP). It counts as validated at the ARS decision date,
 * or two months after submission if the ARS director-general did not object within that window.
 *
 * @param submittedOn the day it was sent to the ARS
 * @param arsValidatedOn the day of an explicit ARS validation, if any
 * @param arsObjectedOn the day the ARS objected, if it did
 */
@API(status = STABLE, since = "0.1")
public record HealthProject(LocalDate submittedOn, @Nullable LocalDate arsValidatedOn, @Nullable LocalDate arsObjectedOn) {

  /** Months after submission after which silence means validation (L1434-12 CSP). */
  public static final int TACIT_VALIDATION_MONTHS = 2;

  /** Status of a health project at a date. */
  @API(status = STABLE, since = "0.1")
  public enum Status {
    /** Sent, the ARS may still object. */
    SUBMITTED,
    /** Validated by an explicit ARS decision. */
    VALIDATED,
    /** Deemed validated: two months passed without objection. */
    DEEMED_VALIDATED,
    /** The ARS objected within the two months. */
    REJECTED
  }

  /**
   * @param submittedOn the day of submission
   * @param arsValidatedOn the day of validation, or null
   * @param arsObjectedOn the day of objection, or null
   * @throws IllegalArgumentException if a decision is dated before submission, or both decisions are given
   * @throws DateOutOfRangeException if a date is outside {@link ModelDates#MIN}..{@link ModelDates#MAX}
   */
  public HealthProject {
    ModelDates.check(Objects.requireNonNull(submittedOn, "submittedOn"), "submittedOn");
    ModelDates.check(arsValidatedOn, "arsValidatedOn");
    ModelDates.check(arsObjectedOn, "arsObjectedOn");
    if (arsValidatedOn != null && arsObjectedOn != null) {
      throw new IllegalArgumentException("a health project is either validated or objected to, not both");
    }
    if (arsValidatedOn != null && arsValidatedOn.isBefore(submittedOn)
        || arsObjectedOn != null && arsObjectedOn.isBefore(submittedOn)) {
      throw new IllegalArgumentException("an ARS decision cannot be dated before the submission");
    }
  }

  /**
   * @param date the day it was sent to the ARS
   * @return a project with no ARS decision yet
   */
  public static HealthProject submittedOn(LocalDate date) {
    return new HealthProject(date, null, null);
  }

  /** @return the day silence turns into validation: submission + 2 months */
  public LocalDate tacitValidationDate() {
    return submittedOn.plusMonths(TACIT_VALIDATION_MONTHS);
  }

  /**
   * @param date the day of observation
   * @return the status at {@code date} (decisions dated after {@code date} are not yet known)
   */
  public Status statusAt(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (arsObjectedOn != null && !date.isBefore(arsObjectedOn) && arsObjectedOn.isBefore(tacitValidationDate())) {
      return Status.REJECTED;
    }
    if (arsValidatedOn != null && !date.isBefore(arsValidatedOn)) {
      return Status.VALIDATED;
    }
    if (!date.isBefore(tacitValidationDate())) {
      return Status.DEEMED_VALIDATED;
    }
    return Status.SUBMITTED;
  }

  /** @return the day the project became validated (explicitly or tacitly), unless the ARS objected in time */
  public Optional<LocalDate> validatedOn() {
    if (arsObjectedOn != null && arsObjectedOn.isBefore(tacitValidationDate())) {
      return Optional.empty();
    }
    if (arsValidatedOn != null && arsValidatedOn.isBefore(tacitValidationDate())) {
      return Optional.of(arsValidatedOn);
    }
    return Optional.of(tacitValidationDate());
  }
}
