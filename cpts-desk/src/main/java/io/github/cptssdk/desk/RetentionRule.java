package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How long the desk keeps a finished request (closed, withdrawn or moved out): {@code months} after its last
 * step, then it is purged. The duration is the CPTS's choice under the GDPR (storage limitation, article
 * 5(1)(e)); the library sets no default. Immutable.
 *
 * @param months months kept after the last step of a finished request (at least 1)
 * @param source where the duration comes from (the CPTS's record of processing, a decision of its board)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RetentionRule(int months, String source) {

  /**
   * @param months months kept
   * @param source where the duration comes from
   * @throws DeskException CPTS-1308 for less than 1 month or a blank source
   */
  public RetentionRule {
    Objects.requireNonNull(source, "source");
    if (months < 1 || source.isBlank()) {
      throw new DeskException("CPTS-1308");
    }
  }

  /**
   * @param months months kept
   * @param source where the duration comes from
   * @return the rule
   * @throws DeskException CPTS-1308 for less than 1 month or a blank source
   */
  public static RetentionRule of(int months, String source) {
    return new RetentionRule(months, source);
  }

  /**
   * @param request a request
   * @param today the date of the purge
   * @return true if the request is finished and its last step is at least {@code months} before {@code today}
   */
  public boolean expired(DeskRequest request, LocalDate today) {
    return request.status().isFinal() && !request.last().on().plusMonths(months).isAfter(today);
  }

  /**
   * @param requests the requests of the desk
   * @param today the date of the purge (no hidden "now")
   * @return the requests kept, in their order
   */
  public List<DeskRequest> purge(Collection<DeskRequest> requests, LocalDate today) {
    Objects.requireNonNull(today, "today");
    return requests.stream().filter(r -> !expired(r, today)).toList();
  }
}
