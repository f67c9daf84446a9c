package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.RppsNumber;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One dated step of a request. Only a {@link Step#PROPOSED} step names a GP, and it must. Immutable.
 *
 * @param step the step
 * @param on its date
 * @param gp the GP of a proposal, null for any other step
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StepRecord(Step step, LocalDate on, @Nullable RppsNumber gp) {

  /**
   * @param step the step
   * @param on its date
   * @param gp the GP of a proposal, null otherwise
   * @throws DeskException CPTS-1303 if a proposal names no GP or another step names one
   */
  public StepRecord {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(on, "on");
    if ((step == Step.PROPOSED) != (gp != null)) {
      throw new DeskException("CPTS-1303", step);
    }
  }

  /**
   * @param step a step other than PROPOSED
   * @param on its date
   * @return the step record
   * @throws DeskException CPTS-1303 for PROPOSED
   */
  public static StepRecord of(Step step, LocalDate on) {
    return new StepRecord(step, on, null);
  }

  @Override
  public String toString() {
    return "StepRecord[" + step + "]";
  }
}
