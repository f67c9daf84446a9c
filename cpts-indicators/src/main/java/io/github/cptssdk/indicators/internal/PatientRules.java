package io.github.cptssdk.indicators.internal;

import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.PreventionAct;
import java.time.LocalDate;
import java.util.List;

/**
 * The one place where a patient is evaluated against the indicator definitions of {@link Indicator}
 * for a reference year. Precomputes, for every age (0..127) and flag combination, which denominators
 * the person belongs to and which médecin-traitant numerators hold; screening numerators check the
 * dates against the windows of the national programmes (docs/indicators.md):
 *
 * <ul>
 *   <li>age = reference year - birth year;
 *   <li>médecin traitant: status of the extraction, period = the reference year;
 *   <li>breast: women 50-74, a screening in the 2 calendar years ending with the reference year
 *       (Santé publique France participation rates are computed over 2 years);
 *   <li>colorectal: people 50-74, a test in the same 2 years (Santé publique France);
 *   <li>cervical: women 25-65, within 3 years (25-29, cytology every 3 years) or 5 years (30-65, HPV
 *       test every 5 years) ending with the reference year (INCa / HAS 2019 recommendation);
 *   <li>flu: people 65+, vaccinated in the season ending in the reference year: from 1 July of the
 *       previous year to 30 June (the campaign runs from mid-October to February-March).
 * </ul>
 *
 * Immutable, thread-safe.
 */
public final class PatientRules {

  /** Number of patient indicators: they are the first constants of {@link Indicator}. */
  public static final int COUNT = Indicator.FLU_VACCINATION_65_PLUS.ordinal() + 1;

  private static final int BREAST = 1 << Indicator.BREAST_SCREENING.ordinal();
  private static final int CERVICAL = 1 << Indicator.CERVICAL_SCREENING.ordinal();
  private static final int COLORECTAL = 1 << Indicator.COLORECTAL_SCREENING.ordinal();
  private static final int FLU = 1 << Indicator.FLU_VACCINATION_65_PLUS.ordinal();
  private static final int SCREENINGS = BREAST | CERVICAL | COLORECTAL | FLU;

  private final int year;
  private final int[] den = new int[128 * 16];
  private final int[] num = new int[128 * 16];
  private final int twoYearStart;
  private final int end;
  private final int threeYearStart;
  private final int fiveYearStart;
  private final int fluStart;
  private final int fluEnd;

  public PatientRules(int year) {
    if (year < 1980 || year > 2140) {
      throw new IllegalArgumentException("reference year must be in 1980..2140");
    }
    this.year = year;
    this.end = day(year + 1, 1);
    this.twoYearStart = day(year - 1, 1);
    this.threeYearStart = day(year - 2, 1);
    this.fiveYearStart = day(year - 4, 1);
    this.fluStart = day(year - 1, 7);
    this.fluEnd = day(year, 7);
    for (int age = 0; age < 128; age++) {
      for (int f = 0; f < 16; f++) {
        den[age << 4 | f] = denominators(age, f);
        num[age << 4 | f] = withoutMt(f) ? den[age << 4 | f] & ~mask(Indicator.MT_16_PLUS) & ~SCREENINGS
            : den[age << 4 | f] & mask(Indicator.MT_16_PLUS);
      }
    }
  }

  private static int day(int y, int month) {
    return (int) LocalDate.of(y, month, 1).toEpochDay();
  }

  private static int mask(Indicator i) {
    return 1 << i.ordinal();
  }

  private static boolean withoutMt(int f) {
    return (f & PatientBatch.HAS_MT) == 0;
  }

  private static int denominators(int age, int f) {
    boolean female = (f & PatientBatch.FEMALE) != 0;
    boolean ald = (f & PatientBatch.ALD) != 0;
    boolean c2s = (f & PatientBatch.C2S) != 0;
    int m = 0;
    m |= age >= 17 ? mask(Indicator.NO_MT_17_PLUS) : 0;
    m |= age >= 16 ? mask(Indicator.NO_MT_16_PLUS) | mask(Indicator.MT_16_PLUS) : 0;
    m |= age >= 70 ? mask(Indicator.NO_MT_70_PLUS) : 0;
    m |= age >= 17 && ald ? mask(Indicator.NO_MT_ALD) : 0;
    m |= age >= 17 && c2s ? mask(Indicator.NO_MT_C2S) : 0;
    m |= age >= 17 && c2s && ald ? mask(Indicator.NO_MT_C2S_ALD) : 0;
    m |= female && age >= 50 && age <= 74 ? BREAST : 0;
    m |= female && age >= 25 && age <= 65 ? CERVICAL : 0;
    m |= age >= 50 && age <= 74 ? COLORECTAL : 0;
    m |= age >= 65 ? FLU : 0;
    return m;
  }

  public int year() {
    return year;
  }

  /**
   * @return a copy of the denominator bits by key {@code min(age, 127) << 4 | flags}: the table behind
   *     {@link #masks}, for engines that evaluate the rules elsewhere (cpts-spark)
   */
  public int[] denominatorTable() {
    return den.clone();
  }

  /**
   * @return a copy of the médecin-traitant numerator bits by the same key as {@link #denominatorTable()}
   *     (screening numerators are added by {@link #windows()})
   */
  public int[] numeratorTable() {
    return num.clone();
  }

  /**
   * A screening window: a person in the denominator of {@code indicator} aged {@code minAge..maxAge}
   * is in its numerator when the date of {@code act} is in {@code [start, end)} (epoch days).
   */
  public record Window(Indicator indicator, PreventionAct act, int minAge, int maxAge, int start, int end) {}

  /** @return the screening windows used by {@link #masks}, as data */
  public List<Window> windows() {
    return List.of(new Window(Indicator.FLU_VACCINATION_65_PLUS, PreventionAct.FLU_VACCINATION, 0, Integer.MAX_VALUE, fluStart, fluEnd),
        new Window(Indicator.COLORECTAL_SCREENING, PreventionAct.COLORECTAL_SCREENING, 0, Integer.MAX_VALUE, twoYearStart, end),
        new Window(Indicator.BREAST_SCREENING, PreventionAct.BREAST_SCREENING, 0, Integer.MAX_VALUE, twoYearStart, end),
        new Window(Indicator.CERVICAL_SCREENING, PreventionAct.CERVICAL_SCREENING, 0, 29, threeYearStart, end),
        new Window(Indicator.CERVICAL_SCREENING, PreventionAct.CERVICAL_SCREENING, 30, Integer.MAX_VALUE, fiveYearStart, end));
  }

  /**
   * @param birthYear birth year
   * @param flags flag bits of {@link PatientBatch}
   * @return denominator bits (low 32) and numerator bits (high 32), by indicator ordinal
   */
  public long masks(int birthYear, int flags, int flu, int colorectal, int breast, int cervical) {
    int age = year - birthYear;
    if (age < 0) {
      return 0L;
    }
    int key = (Math.min(age, 127) << 4) | (flags & 15);
    int d = den[key];
    int n = num[key];
    if ((d & SCREENINGS) != 0) {
      n |= screened(d, age, flu, colorectal, breast, cervical);
    }
    return ((long) n << 32) | (d & 0xFFFFFFFFL);
  }

  private int screened(int d, int age, int flu, int colorectal, int breast, int cervical) {
    int n = 0;
    if ((d & BREAST) != 0 && breast >= twoYearStart && breast < end) {
      n |= BREAST;
    }
    if ((d & COLORECTAL) != 0 && colorectal >= twoYearStart && colorectal < end) {
      n |= COLORECTAL;
    }
    if ((d & CERVICAL) != 0 && cervical >= (age < 30 ? threeYearStart : fiveYearStart) && cervical < end) {
      n |= CERVICAL;
    }
    if ((d & FLU) != 0 && flu >= fluStart && flu < fluEnd) {
      n |= FLU;
    }
    return n;
  }

  /** @return the period over which the indicator is observed for this reference year */
  public DateRange period(Indicator indicator) {
    LocalDate endDate = LocalDate.ofEpochDay(end);
    switch (indicator) {
      case BREAST_SCREENING:
      case COLORECTAL_SCREENING:
        return DateRange.of(LocalDate.ofEpochDay(twoYearStart), endDate);
      case CERVICAL_SCREENING:
        return DateRange.of(LocalDate.ofEpochDay(fiveYearStart), endDate);
      case FLU_VACCINATION_65_PLUS:
        return DateRange.of(LocalDate.ofEpochDay(fluStart), LocalDate.ofEpochDay(fluEnd));
      default:
        return DateRange.of(LocalDate.of(year, 1, 1), endDate);
    }
  }
}
