package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A request to the desk: pseudonymous by construction (a {@link RequestId} chosen by the CPTS, a commune, a
 * birth year, fragility flags, an origin), with its dated steps. Each change is a pure function returning a
 * new request, or a {@link DeskException} for an illegal step; no hidden "now": every step carries its date.
 * {@link #toString()} shows the status only. Immutable.
 *
 * @param id the pseudonym
 * @param commune the commune of residence
 * @param birthYear the birth year (1850 to 2200)
 * @param flags the stored fragility flags ({@link Fragility#AGED_70_PLUS} is derived, never stored)
 * @param origin who sent the request
 * @param homeVisit whether the patient needs home visits
 * @param steps the dated steps, the first being {@link Step#RECEIVED}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DeskRequest(RequestId id, CommuneCode commune, int birthYear, Set<Fragility> flags, Origin origin,
    boolean homeVisit, List<StepRecord> steps) {

  /** The most steps of one request. */
  public static final int MAX_STEPS = 64;

  /**
   * Checks the request and its history.
   *
   * @param id the pseudonym
   * @param commune the commune of residence
   * @param birthYear the birth year
   * @param flags the stored flags (copied)
   * @param origin the origin
   * @param homeVisit whether home visits are needed
   * @param steps the steps (copied)
   * @throws DeskException CPTS-1304 for a birth year out of range, CPTS-1310 if the history does not start with
   *     RECEIVED, CPTS-1301 for an illegal step, CPTS-1302 for a step dated before the previous one, CPTS-1313
   *     for more than {@link #MAX_STEPS} steps
   * @throws IllegalArgumentException if {@code flags} holds the derived {@link Fragility#AGED_70_PLUS}
   */
  public DeskRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(origin, "origin");
    if (birthYear < 1850 || birthYear > 2200) {
      throw new DeskException("CPTS-1304");
    }
    flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(Fragility.class) : EnumSet.copyOf(flags));
    if (flags.contains(Fragility.AGED_70_PLUS)) {
      throw new IllegalArgumentException("AGED_70_PLUS is derived from the birth year; do not store it");
    }
    steps = List.copyOf(steps);
    checkHistory(steps);
  }

  /**
   * A new request, received on a date.
   *
   * @param id the pseudonym
   * @param commune the commune of residence
   * @param birthYear the birth year
   * @param flags the fragility flags (without {@link Fragility#AGED_70_PLUS})
   * @param origin the origin
   * @param receivedOn the date it was received
   * @return the request, {@link Step#RECEIVED}
   * @throws DeskException CPTS-1304 for a birth year out of range
   */
  public static DeskRequest received(RequestId id, CommuneCode commune, int birthYear, Set<Fragility> flags,
      Origin origin, LocalDate receivedOn) {
    return new DeskRequest(id, commune, birthYear, flags, origin, false, List.of(StepRecord.of(Step.RECEIVED, receivedOn)));
  }

  private static void checkHistory(List<StepRecord> steps) {
    if (steps.isEmpty() || steps.get(0).step() != Step.RECEIVED) {
      throw new DeskException("CPTS-1310", steps.isEmpty() ? "nothing" : steps.get(0).step());
    }
    if (steps.size() > MAX_STEPS) {
      throw new DeskException("CPTS-1313");
    }
    for (int i = 1; i < steps.size(); i++) {
      check(steps.get(i - 1), steps.get(i));
    }
  }

  private static void check(StepRecord previous, StepRecord next) {
    if (!previous.step().next().contains(next.step())) {
      throw new DeskException("CPTS-1301", previous.step(), next.step(), previous.step().next());
    }
    if (next.on().isBefore(previous.on())) {
      throw new DeskException("CPTS-1302");
    }
  }

  /**
   * The next step: a pure function of this request and the step.
   *
   * @param step the step, not PROPOSED (use {@link #propose})
   * @param on its date
   * @return the request with that step
   * @throws DeskException CPTS-1301 if the step may not follow the current one, CPTS-1302 if dated before it,
   *     CPTS-1303 for PROPOSED, CPTS-1313 beyond {@link #MAX_STEPS}
   */
  public DeskRequest then(Step step, LocalDate on) {
    return with(StepRecord.of(step, on));
  }

  /**
   * @param gp the GP the request is proposed to
   * @param on the date of the proposal
   * @return the request proposed to {@code gp}
   * @throws DeskException CPTS-1301 if the request is not waiting, CPTS-1302 if dated before its last step
   */
  public DeskRequest propose(RppsNumber gp, LocalDate on) {
    return with(new StepRecord(Step.PROPOSED, on, Objects.requireNonNull(gp, "gp")));
  }

  private DeskRequest with(StepRecord next) {
    List<StepRecord> list = new ArrayList<>(steps);
    list.add(next);
    return new DeskRequest(id, commune, birthYear, flags, origin, homeVisit, list);
  }

  /**
   * @param value whether the patient needs home visits
   * @return a copy with that need
   */
  public DeskRequest withHomeVisit(boolean value) {
    return new DeskRequest(id, commune, birthYear, flags, origin, value, steps);
  }

  /** @return the date the request was received */
  public LocalDate receivedOn() {
    return steps.get(0).on();
  }

  /** @return the current step */
  public Step status() {
    return last().step();
  }

  /** @return the last step */
  public StepRecord last() {
    return steps.get(steps.size() - 1);
  }

  /**
   * @param date a date
   * @return the step the request was at at the end of {@code date}, or empty if received after it
   */
  public Optional<Step> statusOn(LocalDate date) {
    Step s = null;
    for (StepRecord r : steps) {
      if (r.on().isAfter(date)) {
        break;
      }
      s = r.step();
    }
    return Optional.ofNullable(s);
  }

  /** @return the date of the médecin traitant declaration, if any */
  public Optional<LocalDate> declaredOn() {
    return steps.stream().filter(s -> s.step() == Step.DECLARED).map(StepRecord::on).findFirst();
  }

  /** @return the GPs that declined a proposal of this request, sorted */
  public Set<RppsNumber> declinedBy() {
    if (steps.size() < 3) {
      return Set.of();
    }
    Set<RppsNumber> out = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    @Nullable RppsNumber proposed = null;
    for (StepRecord s : steps) {
      if (s.step() == Step.PROPOSED) {
        proposed = s.gp();
      } else if (s.step() == Step.DECLINED && proposed != null) {
        out.add(proposed);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * @param date the reference date
   * @return the stored flags plus {@link Fragility#AGED_70_PLUS} when aged 70 or over in that year
   */
  public Set<Fragility> fragilitiesOn(LocalDate date) {
    EnumSet<Fragility> out = flags.isEmpty() ? EnumSet.noneOf(Fragility.class) : EnumSet.copyOf(flags);
    if (ageBand(date) == AgeBand.FROM_70) {
      out.add(Fragility.AGED_70_PLUS);
    }
    return out;
  }

  /**
   * @param date the reference date
   * @return the age band in the year of {@code date}
   */
  public AgeBand ageBand(LocalDate date) {
    return AgeBand.of(birthYear, date);
  }

  /** @return the status only: nothing that could identify the patient */
  @Override
  public String toString() {
    return "DeskRequest[" + status() + ", " + steps.size() + " steps]";
  }
}
