package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Who read or changed which request, and when: the actor, the time, the action and the request's pseudonym,
 * never the content of the request. Append-only; the time comes from the caller's {@link Clock}. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AccessJournal {

  private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  /** What an actor did. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Action {
    /** Read the request. */
    READ,
    /** Changed the request (a step, a flag). */
    CHANGE,
    /** Purged it (retention). */
    PURGE
  }

  /**
   * One access. {@link #toString()} shows the action only.
   *
   * @param actor the actor's id (a user id of the CPTS's tool, never a name)
   * @param at when
   * @param action what
   * @param request the request's pseudonym
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Entry(String actor, Instant at, Action action, RequestId request) {

    /**
     * @param actor the actor's id
     * @param at when
     * @param action what
     * @param request which request
     * @throws DeskException CPTS-1309 for an actor id not of the form
     */
    public Entry {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(request, "request");
      if (!ACTOR.matcher(Objects.requireNonNull(actor, "actor")).matches()) {
        throw new DeskException("CPTS-1309");
      }
    }

    @Override
    public String toString() {
      return "Entry[" + action + "]";
    }
  }

  private final Clock clock;
  private final List<Entry> entries = new ArrayList<>();

  private AccessJournal(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param clock the clock of the accesses
   * @return an empty journal
   */
  public static AccessJournal of(Clock clock) {
    return new AccessJournal(clock);
  }

  /**
   * Records an access now (by the journal's clock).
   *
   * @param actor the actor's id
   * @param action what
   * @param request which request
   * @return the entry recorded
   * @throws DeskException CPTS-1309 for an actor id not of the form
   */
  public Entry record(String actor, Action action, RequestId request) {
    Entry e = new Entry(actor, clock.instant(), action, request);
    synchronized (entries) {
      entries.add(e);
    }
    return e;
  }

  /** @return a copy of the entries, in the order recorded */
  public List<Entry> entries() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  /**
   * Purges the expired requests and records each purge in the journal.
   *
   * @param requests the requests of the desk
   * @param rule the retention rule
   * @param actor who runs the purge
   * @return the requests kept
   * @throws DeskException CPTS-1309 for an actor id not of the form
   */
  public List<DeskRequest> purge(List<DeskRequest> requests, RetentionRule rule, String actor) {
    java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), clock.getZone());
    requests.stream().filter(r -> rule.expired(r, today)).forEach(r -> record(actor, Action.PURGE, r.id()));
    return rule.purge(requests, today);
  }

  @Override
  public String toString() {
    return "AccessJournal";
  }
}
