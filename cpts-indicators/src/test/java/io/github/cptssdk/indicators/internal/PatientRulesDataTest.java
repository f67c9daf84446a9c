package io.github.cptssdk.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The rules as data (tables and windows, what cpts-spark compiles into Spark columns) say exactly what
 * {@link PatientRules#masks} says, for every age, flag combination and date.
 */
class PatientRulesDataTest {

  @Property(tries = 3000)
  void tablesAndWindowsGiveTheMasks(@ForAll @IntRange(min = 2000, max = 2140) int year,
      @ForAll @IntRange(min = -3, max = 140) int age, @ForAll @IntRange(min = 0, max = 15) int flags,
      @ForAll @IntRange(min = 0, max = 65535) int flu, @ForAll @IntRange(min = 0, max = 65535) int colorectal,
      @ForAll @IntRange(min = 0, max = 65535) int breast, @ForAll @IntRange(min = 0, max = 65535) int cervical) {
    PatientRules rules = new PatientRules(year);
    int[] days = {flu, colorectal, breast, cervical};
    // dates near the windows of the year more often than uniform dates would be
    for (int i = 0; i < 4; i++) {
      days[i] = days[i] % 3 == 0 ? days[i] : (int) java.time.LocalDate.of(year - 5, 1, 1).toEpochDay() + days[i] % 2200;
    }
    long expected = rules.masks(year - age, flags, days[0], days[1], days[2], days[3]);
    long fromData = 0;
    if (age >= 0) {
      int key = Math.min(age, 127) << 4 | flags;
      int den = rules.denominatorTable()[key];
      int num = rules.numeratorTable()[key];
      for (PatientRules.Window w : rules.windows()) {
        int bit = 1 << w.indicator().ordinal();
        int day = days[w.act().ordinal()];
        if ((den & bit) != 0 && age >= w.minAge() && age <= w.maxAge() && day >= w.start() && day < w.end()) {
          num |= bit;
        }
      }
      fromData = ((long) num << 32) | (den & 0xFFFFFFFFL);
    }
    assertThat(fromData).isEqualTo(expected);
  }
}
