package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.time.DateRange;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of a matching for a period: the proposals and the requests left waiting, each in the priority
 * order, each explained. Immutable.
 *
 * @param period the period
 * @param proposals the proposals
 * @param waiting the requests left waiting
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MatchResult(DateRange period, List<Proposal> proposals, List<Waiting> waiting) {

  /**
   * @param period the period
   * @param proposals the proposals (copied)
   * @param waiting the waiting requests (copied)
   */
  public MatchResult {
    Objects.requireNonNull(period, "period");
    proposals = List.copyOf(proposals);
    waiting = List.copyOf(waiting);
  }

  @Override
  public String toString() {
    return "MatchResult[" + period + "]";
  }
}
