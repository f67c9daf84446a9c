package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which evidence statuses a calculation accepts as national defaults. By default only CONFIRMED and
 * SINGLE_SOURCE figures are used; NEGOTIATION, OBSERVED, INFERRED and CONFLICT candidates stay visible in
 * the explanations but are used only when the caller opts in ({@link #accepting(EvidenceStatus...)}).
 * When several accepted candidates remain, the best status wins in the order CONFIRMED, SINGLE_SOURCE,
 * OBSERVED, NEGOTIATION, INFERRED, CONFLICT; two different values at that status stay unknown.
 * Immutable.
 *
 * @param accepted the statuses accepted
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FigurePolicy(Set<EvidenceStatus> accepted) {

  /** Preference order between accepted candidates. */
  public static final List<EvidenceStatus> PREFERENCE = List.of(EvidenceStatus.CONFIRMED,
      EvidenceStatus.SINGLE_SOURCE, EvidenceStatus.OBSERVED, EvidenceStatus.NEGOTIATION,
      EvidenceStatus.INFERRED, EvidenceStatus.CONFLICT);

  /**
   * @param accepted the statuses accepted (copied)
   * @throws IllegalArgumentException if UNKNOWN is accepted
   */
  public FigurePolicy {
    accepted = Set.copyOf(Objects.requireNonNull(accepted, "accepted"));
    if (accepted.contains(EvidenceStatus.UNKNOWN)) {
      throw new IllegalArgumentException("UNKNOWN figures have no value to accept");
    }
  }

  /** @return the default policy: CONFIRMED and SINGLE_SOURCE figures only */
  public static FigurePolicy nationalDefaults() {
    return new FigurePolicy(EnumSet.of(EvidenceStatus.CONFIRMED, EvidenceStatus.SINGLE_SOURCE));
  }

  /**
   * @param statuses more statuses to accept (not UNKNOWN)
   * @return this policy also accepting {@code statuses}
   * @throws IllegalArgumentException if UNKNOWN is among them
   */
  public FigurePolicy accepting(EvidenceStatus... statuses) {
    EnumSet<EvidenceStatus> s = EnumSet.of(EvidenceStatus.CONFIRMED);
    s.addAll(accepted);
    s.addAll(List.of(statuses));
    return new FigurePolicy(s);
  }

  /**
   * @param status an evidence status
   * @return true if figures of that status are used
   */
  public boolean accepts(EvidenceStatus status) {
    return accepted.contains(status);
  }
}
