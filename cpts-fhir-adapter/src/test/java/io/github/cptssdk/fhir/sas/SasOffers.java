package io.github.cptssdk.fhir.sas;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.sas.AppointmentType;
import io.github.cptssdk.core.sas.ConsultationType;
import io.github.cptssdk.core.sas.PracticeSite;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasProfessionalId;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.sas.SasSlot;
import io.github.cptssdk.core.sas.SlotStatus;
import io.github.cptssdk.core.sas.SlotVisibility;
import io.github.cptssdk.core.sas.TimeSlot;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.AdeliNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated SAS offers: 1 to 4 professionals (RPPS and ADELI), 1 or 2 sites each, up to 6 slots per schedule. */
final class SasOffers {

  static final Instant T0 = Instant.parse("2026-12-07T07:00:00Z");

  private SasOffers() {}

  static SasOffer example() {
    SasProfessionalId rpps = SasProfessionalId.parse("8" + RppsNumber.withComputedKey("1000290937").value());
    PracticeSite site = new PracticeSite("cabinet-1", "25 chemin de Mounestie", "31840", "Aussonne", CommuneCode.parse("31032"));
    TimeSlot day = TimeSlot.of(T0, T0.plus(Duration.ofHours(12)));
    List<SasSlot> slots = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Instant s = T0.plus(Duration.ofMinutes(60L * i + 60));
      slots.add(new SasSlot("slot-" + i, TimeSlot.of(s, s.plus(Duration.ofMinutes(20))),
          i == 3 ? ConsultationType.VR : ConsultationType.AMB, AppointmentType.ROUTINE,
          EnumSet.of(SlotVisibility.PUBLIC, SlotVisibility.CPTS), SlotStatus.FREE, "https://agenda.example/rdv/" + i));
    }
    return new SasOffer(FinessNumber.withComputedKey("34000123"), "CPTS Bassin de Thau",
        List.of(new SasSchedule(rpps, site, day, slots)));
  }

  static Arbitrary<SasProfessionalId> professionals() {
    Arbitrary<SasProfessionalId> rpps = Arbitraries.strings().numeric().ofLength(10)
        .map(p -> SasProfessionalId.parse("8" + RppsNumber.withComputedKey(p).value()));
    Arbitrary<SasProfessionalId> adeli = Arbitraries.strings().numeric().ofLength(6)
        .map(p -> SasProfessionalId.parse("0" + AdeliNumber.withComputedKey("34" + p).value()));
    return Arbitraries.oneOf(rpps, adeli);
  }

  static Arbitrary<SasOffer> offers() {
    Arbitrary<List<SasSchedule>> schedules = professionals().list().ofMinSize(1).ofMaxSize(4).uniqueElements()
        .flatMap(ps -> Combinators.combine(
            ps.stream().map(p -> schedulesOf(p)).toList()).as(lists -> lists.stream().flatMap(List::stream).toList()));
    return schedules.map(SasOffers::renumber).map(s -> new SasOffer(FinessNumber.withComputedKey("34000123"), "CPTS Thau", s));
  }

  private static Arbitrary<List<SasSchedule>> schedulesOf(SasProfessionalId p) {
    return Arbitraries.integers().between(1, 2).flatMap(n -> Combinators.combine(
        java.util.stream.IntStream.range(0, n).mapToObj(i -> schedule(p, i)).toList()).as(l -> l));
  }

  private static Arbitrary<SasSchedule> schedule(SasProfessionalId p, int site) {
    // The commune is optional (ANS's examples give none): generated present or absent.
    Arbitrary<CommuneCode> commune = Arbitraries.of("34301", "34003", "2A004", "97411").map(CommuneCode::parse).injectNull(0.3);
    return Combinators.combine(slotsArb(), commune).as((slots, c) -> new SasSchedule(p,
        new PracticeSite("site-" + site, "1 rue de la Gare", "3420" + site, "Sète", c),
        TimeSlot.of(T0, T0.plus(Duration.ofDays(2))), slots));
  }

  private static Arbitrary<List<SasSlot>> slotsArb() {
    Arbitrary<SasSlot> slot = Combinators.combine(
        Arbitraries.integers().between(0, 2 * 24 * 4 - 4),
        Arbitraries.integers().between(1, 4),
        Arbitraries.of(ConsultationType.class),
        Arbitraries.of(AppointmentType.class),
        Arbitraries.subsetOf(SlotVisibility.values()).ofMinSize(1),
        Arbitraries.of(SlotStatus.class),
        Arbitraries.of("https://agenda.example/rdv", "")).as((q, len, c, a, v, st, url) -> {
          Instant s = T0.plus(Duration.ofMinutes(15L * q));
          return new SasSlot("x", TimeSlot.of(s, s.plus(Duration.ofMinutes(15L * len))), c, a, Set.copyOf(v), st,
              url.isEmpty() ? null : url);
        });
    return slot.list().ofMaxSize(6);
  }

  /** Gives every slot an id unique in the offer. */
  private static List<SasSchedule> renumber(List<SasSchedule> schedules) {
    List<SasSchedule> out = new ArrayList<>();
    int n = 0;
    for (SasSchedule s : schedules) {
      List<SasSlot> slots = new ArrayList<>();
      for (SasSlot t : s.slots()) {
        slots.add(new SasSlot("slot-" + n++, t.time(), t.consultation(), t.appointmentType(), t.visibility(), t.status(), t.bookingUrl()));
      }
      out.add(new SasSchedule(s.professional(), s.site(), s.horizon(), slots));
    }
    return out;
  }
}
