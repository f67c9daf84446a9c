package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The range of every date of the model (lifecycle milestones, health project, mission and contract dates):
 * {@link #MIN} to {@link #MAX}, both included, the range the CSV readers of cpts-indicators already use.
 * It keeps every computation on an accepted date (two months to a tacit validation, five contract years,
 * a FHIR {@code date}) inside what {@link LocalDate} and FHIR can represent. Checked by the validating
 * constructors ({@link DateOutOfRangeException}, CPTS-0120) and reported by every reader with its own code
 * and the path of the date. Dates before {@link #CPTS_LAW} are accepted, with a warning (CPTS-0121) from
 * {@link CptsValidator}: a CPTS cannot predate the law that created it.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ModelDates {

  /** The first date of the model, as for the CSV readers: 1970-01-02. */
  public static final LocalDate MIN = LocalDate.of(1970, 1, 2);

  /** The last date of the model, as for the CSV readers: 2149-06-06. */
  public static final LocalDate MAX = LocalDate.of(2149, 6, 6);

  /**
   * The day after the publication of loi n° 2016-41 du 26 janvier 2016 de modernisation de notre système
   * de santé (JORF of 27 January 2016), whose article 65 created the CPTS (article L1434-12 CSP).
   */
  public static final LocalDate CPTS_LAW = LocalDate.of(2016, 1, 27);

  private ModelDates() {}

  /**
   * @param date a date
   * @return whether {@code date} lies within {@link #MIN}..{@link #MAX}
   */
  public static boolean contains(LocalDate date) {
    return !date.isBefore(MIN) && !date.isAfter(MAX);
  }

  /**
   * @param date a date, or null
   * @param field the name of the field, for the message
   * @return {@code date}
   * @throws DateOutOfRangeException if {@code date} is not null and outside {@link #MIN}..{@link #MAX}
   */
  public static @Nullable LocalDate check(@Nullable LocalDate date, String field) {
    if (date != null && !contains(date)) {
      throw new DateOutOfRangeException(Objects.requireNonNull(field, "field"));
    }
    return date;
  }
}
