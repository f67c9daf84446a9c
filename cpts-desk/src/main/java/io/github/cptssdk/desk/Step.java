package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The lifecycle of a request (issue 16): received, qualified, proposed to a GP, accepted or declined,
 * médecin traitant declared, closed; or withdrawn, or moved out of the territory. The legal transitions are
 * data ({@link #next()}); a declined proposal may be followed by a new one, and a request may be proposed
 * without a separate qualification (e.g. one from the CPAM's list of fragile patients, already qualified).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Step {
  /** Received by the desk. */
  RECEIVED,
  /** Qualified by the coordinator. */
  QUALIFIED,
  /** Proposed to a GP (the step names the GP). */
  PROPOSED,
  /** The GP (and the patient) accepted. */
  ACCEPTED,
  /** The proposal was declined: the request waits again. */
  DECLINED,
  /** The médecin traitant was declared to the insurance. */
  DECLARED,
  /** Closed. */
  CLOSED,
  /** Withdrawn by the patient or the sender. */
  WITHDRAWN,
  /** The patient moved out of the territory. */
  MOVED_OUT;

  /** @return the steps that may follow this one (empty for a final step) */
  public Set<Step> next() {
    switch (this) {
      case RECEIVED:
        return EnumSet.of(QUALIFIED, PROPOSED, WITHDRAWN, MOVED_OUT);
      case QUALIFIED:
        return EnumSet.of(PROPOSED, WITHDRAWN, MOVED_OUT);
      case PROPOSED:
        return EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN, MOVED_OUT);
      case DECLINED:
        return EnumSet.of(PROPOSED, CLOSED, WITHDRAWN, MOVED_OUT);
      case ACCEPTED:
        return EnumSet.of(DECLARED, WITHDRAWN, MOVED_OUT);
      case DECLARED:
        return EnumSet.of(CLOSED);
      default:
        return EnumSet.noneOf(Step.class);
    }
  }

  /** @return true if no step may follow (closed, withdrawn, moved out) */
  public boolean isFinal() {
    return next().isEmpty();
  }

  /** @return true if the request waits for a proposal (received, qualified or declined) */
  public boolean isWaiting() {
    return this == RECEIVED || this == QUALIFIED || this == DECLINED;
  }
}
