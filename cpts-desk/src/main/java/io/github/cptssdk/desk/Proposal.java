package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.RppsNumber;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One line of a matching: a request proposed to a GP, and why. {@link #toString()} names neither the request
 * nor the GP. Immutable.
 *
 * @param request the request
 * @param gp the GP
 * @param site the practice site
 * @param proximity how near the practice is
 * @param priority the prioritised fragilities of the request, in priority order
 * @param waitingDays days from reception to the start of the period
 * @param order the position of the request in the priority order of the matching (1 is first)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Proposal(RequestId request, RppsNumber gp, String site, Proximity proximity, List<Fragility> priority,
    long waitingDays, int order) {

  /**
   * @param request the request
   * @param gp the GP
   * @param site the site
   * @param proximity the proximity
   * @param priority the prioritised fragilities (copied)
   * @param waitingDays days waited
   * @param order the position in the priority order
   */
  public Proposal {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(gp, "gp");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(proximity, "proximity");
    priority = List.copyOf(priority);
  }

  /** @return why this GP, in English: priority, waiting time, nearest practice with a free place */
  public String explanation() {
    return "priority " + (priority.isEmpty() ? "none" : priority) + ", waiting " + waitingDays + " days, position "
        + order + "; nearest GP with a free place that accepts the request: " + switch (proximity) {
          case SAME_COMMUNE -> "same commune";
          case SAME_EPCI -> "same EPCI";
          case CPTS_TERRITORY -> "CPTS territory";
        } + " (first by RPPS and site among equals)";
  }

  @Override
  public String toString() {
    return "Proposal[" + proximity + ", position " + order + "]";
  }
}
