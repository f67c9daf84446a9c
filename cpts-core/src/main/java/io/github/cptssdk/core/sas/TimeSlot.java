package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A half-open range of instants {@code [start, end)}, never empty. Two ranges that only touch
 * ({@code a.end == b.start}) do not overlap. Immutable, thread-safe.
 *
 * @param start the first instant, included
 * @param end the first instant after, excluded
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TimeSlot(Instant start, Instant end) {

  /**
   * @param start the first instant
   * @param end the instant after
   * @throws SasException ({@code CPTS-1102}) if {@code end} is not after {@code start}
   */
  public TimeSlot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new SasException("CPTS-1102", "");
    }
  }

  /**
   * @param start the first instant
   * @param end the instant after
   * @return the range
   * @throws SasException ({@code CPTS-1102}) if {@code end} is not after {@code start}
   */
  public static TimeSlot of(Instant start, Instant end) {
    return new TimeSlot(start, end);
  }

  /**
   * @param other another range
   * @return true if both share at least one instant
   */
  public boolean overlaps(TimeSlot other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * @param other another range
   * @return true if every instant of {@code other} is in this range
   */
  public boolean encloses(TimeSlot other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * @param instant an instant
   * @return true if {@code start <= instant < end}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
