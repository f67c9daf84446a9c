package io.github.cptssdk.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  @Provide
  Arbitrary<DateRange> ranges() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 4000)
        .map(i -> LocalDate.of(2019, 1, 1).plusDays(i));
    Arbitrary<DateRange> bounded = Combinators.combine(dates, dates)
        .as((a, b) -> a.isAfter(b) ? DateRange.of(b, a) : DateRange.of(a, b));
    return Arbitraries.oneOf(bounded, bounded, bounded,
        dates.map(DateRange::from), dates.map(DateRange::until), Arbitraries.just(DateRange.ALL));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(-10, 4010).map(i -> LocalDate.of(2019, 1, 1).plusDays(i));
  }

  @Property
  void parseReadsWhatToStringWrites(@ForAll("ranges") DateRange r) {
    assertThat(DateRange.parse(r.toString())).isEqualTo(r);
  }

  @Property
  void startIsInAndEndIsOut(@ForAll("ranges") DateRange r) {
    if (!r.isEmpty() && !r.isUnboundedStart()) {
      assertThat(r.contains(r.start())).isTrue();
    }
    if (!r.isUnboundedEnd()) {
      assertThat(r.contains(r.end())).isFalse();
    }
  }

  @Property
  void overlapIsSymmetricAndMeansASharedDate(@ForAll("ranges") DateRange a, @ForAll("ranges") DateRange b,
      @ForAll("dates") LocalDate d) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    if (a.contains(d) && b.contains(d)) {
      assertThat(a.overlaps(b)).isTrue();
      assertThat(a.intersection(b)).hasValueSatisfying(i -> assertThat(i.contains(d)).isTrue());
    }
  }

  @Property
  void intersectionContainsExactlyTheSharedDates(@ForAll("ranges") DateRange a, @ForAll("ranges") DateRange b,
      @ForAll("dates") LocalDate d) {
    boolean inBoth = a.contains(d) && b.contains(d);
    assertThat(a.intersection(b).map(i -> i.contains(d)).orElse(false)).isEqualTo(inBoth);
  }

  @Test
  void closedRangeIncludesItsLastDay() {
    DateRange year = DateRange.ofClosed(LocalDate.of(2025, 4, 15), LocalDate.of(2026, 4, 14));
    assertThat(year.contains(LocalDate.of(2026, 4, 14))).isTrue();
    assertThat(year.contains(LocalDate.of(2026, 4, 15))).isFalse();
    assertThat(year.lengthInDays()).isEqualTo(365);
  }

  @Test
  void abuttingRangesDoNotOverlap() {
    DateRange v2019 = DateRange.parse("2019-08-25/2022-03-31");
    DateRange v2022 = DateRange.parse("2022-03-31/..");
    assertThat(v2019.abuts(v2022)).isTrue();
    assertThat(v2019.overlaps(v2022)).isFalse();
  }

  @Test
  void badInputIsRejectedWithWhatIsExpected() {
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 1)))
        .isInstanceOf(DateTimeException.class).hasMessageContaining("must not be before");
    assertThatThrownBy(() -> DateRange.parse("2022-01-01"))
        .isInstanceOf(DateTimeParseException.class).hasMessageContaining("start/end");
    assertThatThrownBy(() -> DateRange.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }
}
