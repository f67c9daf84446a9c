package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One line of a matching: a request left waiting, and why. {@link #toString()} names no request. Immutable.
 *
 * @param request the request
 * @param reason why it waits
 * @param priority the prioritised fragilities of the request
 * @param waitingDays days from reception to the start of the period
 * @param order the position of the request in the priority order (0 for a request outside the territory)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Waiting(RequestId request, Reason reason, List<Fragility> priority, long waitingDays, int order) {

  /** Why a request waits. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Reason {
    /** Every GP whose restrictions allow the request is full for the period. */
    NO_FREE_PLACE,
    /** No GP of the period accepts the request's age band or home visits (or every one declined it). */
    NO_GP_FOR_ITS_NEEDS,
    /** The commune of residence is outside the CPTS territory. */
    OUTSIDE_TERRITORY
  }

  /**
   * @param request the request
   * @param reason the reason
   * @param priority the prioritised fragilities (copied)
   * @param waitingDays days waited
   * @param order the position
   */
  public Waiting {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(reason, "reason");
    priority = List.copyOf(priority);
  }

  /** @return why still waiting, in English */
  public String explanation() {
    return "priority " + (priority.isEmpty() ? "none" : priority) + ", waiting " + waitingDays + " days; " + switch (reason) {
      case NO_FREE_PLACE -> "every GP that accepts it is full for the period (requests before it took the places)";
      case NO_GP_FOR_ITS_NEEDS -> "no GP of the period accepts its age band or home visits";
      case OUTSIDE_TERRITORY -> "its commune is outside the CPTS territory";
    };
  }

  @Override
  public String toString() {
    return "Waiting[" + reason + "]";
  }
}
