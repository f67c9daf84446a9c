package io.github.cptssdk.core.time;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A half-open range of dates {@code [start, end)}: the start is included, the end is excluded.
 *
 * <p>Used for every validity period of the library: agreement versions, contract years, reporting
 * periods. Either end may be unbounded: {@link LocalDate#MIN} as start and {@link LocalDate#MAX} as
 * end mean "since always" and "until further notice". An empty range has {@code start == end}.
 *
 * <p>The text form is {@code start/end} in ISO-8601 with {@code ..} for an unbounded end
 * ({@code 2019-08-25/2022-03-31}, {@code 2022-03-31/..}); {@link #parse(CharSequence)} reads what
 * {@link #toString()} writes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first day in the range (inclusive), {@link LocalDate#MIN} when unbounded
 * @param end first day after the range (exclusive), {@link LocalDate#MAX} when unbounded
 */
@API(status = STABLE, since = "0.1")
public record DateRange(LocalDate start, LocalDate end) {

  /** Every date. */
  public static final DateRange ALL = new DateRange(LocalDate.MIN, LocalDate.MAX);

  private static final String UNBOUNDED = "..";

  /**
   * @param start the first day, {@link LocalDate#MIN} when unbounded
   * @param end the day after the last, {@link LocalDate#MAX} when unbounded
   * @throws NullPointerException if an argument is null
   * @throws DateTimeException if {@code end} is before {@code start}
   */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new DateTimeException("end [" + end + "] must not be before start [" + start + "]");
    }
  }

  /**
   * @param startInclusive the first day
   * @param endExclusive the day after the last
   * @return the range {@code [startInclusive, endExclusive)}
   * @throws DateTimeException if the end is before the start
   */
  public static DateRange of(LocalDate startInclusive, LocalDate endExclusive) {
    return new DateRange(startInclusive, endExclusive);
  }

  /**
   * @param startInclusive the first day
   * @param endInclusive the last day
   * @return the range {@code [startInclusive, endInclusive + 1 day)}
   * @throws DateTimeException if the end is before the start
   */
  public static DateRange ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
    Objects.requireNonNull(endInclusive, "endInclusive");
    return new DateRange(startInclusive, endInclusive.equals(LocalDate.MAX) ? LocalDate.MAX : endInclusive.plusDays(1));
  }

  /**
   * @param startInclusive the first day
   * @return the range from {@code startInclusive} with no end
   */
  public static DateRange from(LocalDate startInclusive) {
    return new DateRange(startInclusive, LocalDate.MAX);
  }

  /**
   * @param endExclusive the day after the last
   * @return the range of all dates before {@code endExclusive}
   */
  public static DateRange until(LocalDate endExclusive) {
    return new DateRange(LocalDate.MIN, endExclusive);
  }

  /**
   * Parses {@code start/end}, with {@code ..} for an unbounded end.
   *
   * @param text the text form, e.g. {@code 2022-03-31/..}
   * @return the range
   * @throws DateTimeParseException if the text is not of that form
   * @throws DateTimeException if the end is before the start
   */
  public static DateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0 || slash != s.lastIndexOf('/')) {
      throw new DateTimeParseException("a date range is written start/end, for example 2019-08-25/2022-03-31", s, 0);
    }
    String a = s.substring(0, slash);
    String b = s.substring(slash + 1);
    LocalDate start = UNBOUNDED.equals(a) ? LocalDate.MIN : LocalDate.parse(a);
    LocalDate end = UNBOUNDED.equals(b) ? LocalDate.MAX : LocalDate.parse(b);
    return new DateRange(start, end);
  }

  /**
   * @param date a date
   * @return true if {@code date} is in {@code [start, end)}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && date.isBefore(end);
  }

  /** @return true if no date is in this range */
  public boolean isEmpty() {
    return start.equals(end);
  }

  /** @return true if the range has no first day */
  public boolean isUnboundedStart() {
    return start.equals(LocalDate.MIN);
  }

  /** @return true if the range has no end */
  public boolean isUnboundedEnd() {
    return end.equals(LocalDate.MAX);
  }

  /**
   * @param other another range
   * @return true if at least one date is in both ranges
   */
  public boolean overlaps(DateRange other) {
    Objects.requireNonNull(other, "other");
    return !isEmpty() && !other.isEmpty() && start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * @param other another range
   * @return true if one range ends exactly where the other starts
   */
  public boolean abuts(DateRange other) {
    Objects.requireNonNull(other, "other");
    return end.equals(other.start) || other.end.equals(start);
  }

  /**
   * @param other another range
   * @return true if every date of {@code other} is in this range
   */
  public boolean encloses(DateRange other) {
    Objects.requireNonNull(other, "other");
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * @param other another range
   * @return the dates in both ranges, if they overlap or abut
   */
  public Optional<DateRange> intersection(DateRange other) {
    Objects.requireNonNull(other, "other");
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = end.isBefore(other.end) ? end : other.end;
    return e.isBefore(s) ? Optional.empty() : Optional.of(new DateRange(s, e));
  }

  /**
   * @return the number of days in the range
   * @throws ArithmeticException if an end is unbounded
   */
  public long lengthInDays() {
    if (isUnboundedStart() || isUnboundedEnd()) {
      throw new ArithmeticException("an unbounded range [" + this + "] has no length");
    }
    return ChronoUnit.DAYS.between(start, end);
  }

  /** @return the last day in the range (inclusive) */
  public LocalDate endInclusive() {
    if (isEmpty()) {
      throw new DateTimeException("the empty range [" + this + "] has no last day");
    }
    return isUnboundedEnd() ? LocalDate.MAX : end.minusDays(1);
  }

  /**
   * @param newStart the new first day
   * @return a copy with that start
   * @throws java.time.DateTimeException if it is after the end
   */
  public DateRange withStart(LocalDate newStart) {
    return new DateRange(newStart, end);
  }

  /**
   * @param newEnd the new end (exclusive)
   * @return a copy with that end
   * @throws java.time.DateTimeException if it is before the start
   */
  public DateRange withEnd(LocalDate newEnd) {
    return new DateRange(start, newEnd);
  }

  @Override
  public String toString() {
    return (isUnboundedStart() ? UNBOUNDED : start.toString()) + "/" + (isUnboundedEnd() ? UNBOUNDED : end.toString());
  }
}
