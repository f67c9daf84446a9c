package io.github.cptssdk.core.sas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The offer's invariants: no slot outside its schedule, half-open ranges, overlaps found exactly. */
class SasOfferPropertiesTest {

  private static final Instant T0 = Instant.parse("2026-12-07T07:00:00Z");
  private static final SasProfessionalId DOC = SasProfessionalId.parse("8" + RppsNumber.withComputedKey("1000000010").value());
  private static final PracticeSite SITE = new PracticeSite("c1", "1 quai de Bosc", "34200", "Sète");
  private static final TimeSlot DAY = TimeSlot.of(T0, T0.plus(Duration.ofHours(12)));

  @Property
  void aSlotIsAcceptedExactlyWhenInsideTheHorizon(@ForAll @IntRange(min = -60, max = 800) int start, @ForAll @IntRange(min = 1, max = 120) int length) {
    TimeSlot t = TimeSlot.of(T0.plus(Duration.ofMinutes(start)), T0.plus(Duration.ofMinutes(start + length)));
    boolean inside = start >= 0 && start + length <= 12 * 60;
    if (inside) {
      assertThat(new SasSchedule(DOC, SITE, DAY, List.of(SasSlot.free("s", t))).slots()).hasSize(1);
    } else {
      assertThatThrownBy(() -> new SasSchedule(DOC, SITE, DAY, List.of(SasSlot.free("s", t))))
          .isInstanceOf(SasException.class).hasMessage("CPTS-1101: slots[0]: a slot must lie inside the planning horizon of its schedule");
    }
  }

  @Provide
  Arbitrary<List<int[]>> slots() {
    return Arbitraries.integers().between(0, 40).flatMap(s -> Arbitraries.integers().between(1, 6).map(l -> new int[] {s, l}))
        .list().ofMaxSize(8);
  }

  /** Differential: the sweep finds an overlap exactly when a naive pairwise check does. */
  @Property
  void overlapsAreFoundExactlyWhenTwoSlotsShareAnInstant(@ForAll("slots") List<int[]> ranges) {
    List<SasSlot> slots = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      Instant s = T0.plus(Duration.ofMinutes(10L * ranges.get(i)[0]));
      slots.add(SasSlot.free("s" + i, TimeSlot.of(s, s.plus(Duration.ofMinutes(10L * ranges.get(i)[1])))));
    }
    boolean naive = false;
    for (int i = 0; i < slots.size(); i++) {
      for (int j = i + 1; j < slots.size(); j++) {
        int[] a = ranges.get(i);
        int[] b = ranges.get(j);
        naive |= a[0] < b[0] + b[1] && b[0] < a[0] + a[1];
      }
    }
    SasOffer offer = new SasOffer(FinessNumber.withComputedKey("34000123"), "CPTS Thau",
        List.of(new SasSchedule(DOC, SITE, DAY, slots)));
    assertThat(offer.findings().isValid()).isEqualTo(!naive);
    assertThat(offer.findings().issues()).allMatch(i -> i.code().equals("CPTS-1103") && i.path().startsWith("schedules[0].slots["));
  }

  @Test
  void touchingSlotsDoNotOverlap() {
    TimeSlot a = TimeSlot.of(T0, T0.plusSeconds(600));
    TimeSlot b = TimeSlot.of(T0.plusSeconds(600), T0.plusSeconds(1200));
    assertThat(a.overlaps(b)).isFalse();
    assertThat(a.contains(T0.plusSeconds(600))).isFalse();
    assertThatThrownBy(() -> TimeSlot.of(T0, T0)).hasMessageStartingWith("CPTS-1102");
  }

  @Test
  void overlappingSlotsAreAFindingWithTheirPath() {
    SasOffer offer = new SasOffer(FinessNumber.withComputedKey("34000123"), "CPTS Thau", List.of(new SasSchedule(DOC, SITE, DAY,
        List.of(SasSlot.free("a", TimeSlot.of(T0, T0.plusSeconds(1200))), SasSlot.free("b", TimeSlot.of(T0.plusSeconds(600), T0.plusSeconds(1800)))))));
    ValidationIssue issue = offer.findings().errors().get(0);
    assertThat(issue.path()).isEqualTo("schedules[0].slots[1]");
    assertThat(issue.message().en()).isEqualTo("this slot overlaps slot [a] of the same professional at the same site");
  }

  @Property
  void idNatPsRoundTripsAndAnythingElseIsCoded(@ForAll @Size(max = 14) String text) {
    try {
      assertThat(SasProfessionalId.parse(text).toString()).isEqualTo(text);
    } catch (SasException e) {
      assertThat(e.code()).isEqualTo("CPTS-1100");
      assertThat(e.getMessage()).doesNotContain(text.isEmpty() ? "\u0000" : "[" + text + "]");
    }
  }

  @Test
  void theSearchChecksCountFormAndWindow() {
    assertThat(SasSearch.check(java.util.Collections.nCopies(25, DOC.toString()), T0, T0.plusSeconds(1)).isValid()).isTrue();
    assertThat(SasSearch.check(java.util.Collections.nCopies(26, DOC.toString()), T0, T0.plusSeconds(1)).issues())
        .extracting(ValidationIssue::code).containsExactly("CPTS-1110");
    assertThat(SasSearch.check(List.of("0" + "2A1234567", "81234"), T0, T0.minusSeconds(1)).issues())
        .extracting(i -> i.code() + " " + i.path()).containsExactly("CPTS-1100 professionals[1]", "CPTS-1112 window");
    SasSearch s = SasSearch.of(List.of(DOC.toString()), T0, T0.plusSeconds(60));
    assertThat(s.covers(T0)).isTrue();
    assertThat(s.covers(T0.plusSeconds(60))).isTrue();
    assertThat(s.professionals()).isEqualTo(Set.of(DOC));
  }
}
