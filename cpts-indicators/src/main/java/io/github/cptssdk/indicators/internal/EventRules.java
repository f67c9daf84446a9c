package io.github.cptssdk.indicators.internal;

import io.github.cptssdk.indicators.CareEvent;
import io.github.cptssdk.indicators.Indicator;
import java.time.LocalDate;
import java.util.List;

/**
 * The one place where a care event is counted for the SAS/SNP and action indicators of {@link Indicator}
 * (docs/indicators.md), read by the in-memory engine ({@link Tally#addEvent}) and compiled into Spark
 * columns by cpts-spark:
 *
 * <ul>
 *   <li>an event counts in the reference year only (1 January to 31 December, {@link #start}, {@link #end});
 *   <li>each kind adds 1 to its counter ({@link Rule#count}); an appointment also adds 1 to its honoured
 *       counter if the patient came ({@link Rule#honoured}); a prevention event adds its participants
 *       ({@link Rule#participants});
 *   <li>appointments (SAS and SNP) and pathways each form a set of distinct professionals per area
 *       ({@link Rule#professionals}); an event without an RPPS number adds none.
 * </ul>
 */
public final class EventRules {

  /** Which distinct-professional set an event's RPPS number goes to. */
  public enum Professionals {
    /** none */
    NONE,
    /** those giving SAS or SNP appointments ({@link Indicator#SAS_PROFESSIONALS}) */
    APPOINTMENTS,
    /** those involved in pathways ({@link Indicator#PATHWAY_PROFESSIONALS}) */
    PATHWAYS
  }

  /**
   * How one kind of event is counted.
   *
   * @param kind the kind
   * @param count the {@link Tally} slot that counts the events
   * @param honoured the slot that counts the honoured ones, or -1
   * @param participants the slot that sums the participants, or -1
   * @param professionals the set the professional goes to
   */
  public record Rule(CareEvent.Kind kind, int count, int honoured, int participants, Professionals professionals) {}

  /** The rules, one per kind, in the order of {@link CareEvent.Kind}. */
  public static final List<Rule> RULES = List.of(
      new Rule(CareEvent.Kind.SAS_APPOINTMENT, Tally.SAS_GIVEN, Tally.SAS_HONOURED, -1, Professionals.APPOINTMENTS),
      new Rule(CareEvent.Kind.SNP_APPOINTMENT, Tally.SNP_GIVEN, Tally.SNP_HONOURED, -1, Professionals.APPOINTMENTS),
      new Rule(CareEvent.Kind.PATHWAY, Tally.PATHWAYS, -1, -1, Professionals.PATHWAYS),
      new Rule(CareEvent.Kind.PREVENTION_EVENT, Tally.PREVENTION_EVENTS, -1, Tally.PARTICIPANTS, Professionals.NONE));

  private EventRules() {}

  /** @return the rule of a kind */
  public static Rule of(CareEvent.Kind kind) {
    return RULES.get(kind.ordinal());
  }

  /** @return the first day counted for a reference year (days since 1970-01-01) */
  public static long start(int year) {
    return LocalDate.of(year, 1, 1).toEpochDay();
  }

  /** @return the day after the last day counted for a reference year (days since 1970-01-01) */
  public static long end(int year) {
    return LocalDate.of(year + 1, 1, 1).toEpochDay();
  }

  /** @return true if an event of this day counts for the reference year */
  public static boolean counts(LocalDate date, int year) {
    long d = date.toEpochDay();
    return d >= start(year) && d < end(year);
  }
}
