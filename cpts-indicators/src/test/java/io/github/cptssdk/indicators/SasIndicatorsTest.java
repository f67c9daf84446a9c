package io.github.cptssdk.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.sas.AppointmentStatus;
import io.github.cptssdk.core.sas.AppointmentType;
import io.github.cptssdk.core.sas.ConsultationType;
import io.github.cptssdk.core.sas.PracticeSite;
import io.github.cptssdk.core.sas.SasAppointment;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasProfessionalId;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.sas.SasSlot;
import io.github.cptssdk.core.sas.SlotStatus;
import io.github.cptssdk.core.sas.SlotVisibility;
import io.github.cptssdk.core.sas.TimeSlot;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The SAS indicators: placed at the commune of the booked slot's site, rolled up per CPTS, department and
 * region, and masked by the engine's own suppression (docs/sas.md).
 */
class SasIndicatorsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
  private static final CptsId THAU = CptsId.of("cpts-thau");
  /** Sète and Frontignan in the CPTS; Agde (same department) and Paris (another region) outside. */
  private static final List<String> COMMUNES = List.of("34301", "34108", "34003", "75056");
  private static final IndicatorEngine ENGINE = IndicatorEngine.builder().referential(TestReferential.get())
      .territories(Map.of(THAU, Territory.parse("34301", "34108"))).year(2025).build();

  /** One professional per commune (index), each with one site and 40 slots. */
  private static SasOffer offer() {
    List<SasSchedule> schedules = new ArrayList<>();
    for (int p = 0; p < COMMUNES.size(); p++) {
      List<SasSlot> slots = new ArrayList<>();
      for (int k = 0; k < 40; k++) {
        Instant s = T0.plus(Duration.ofHours(k));
        slots.add(new SasSlot("s" + p + "-" + k, TimeSlot.of(s, s.plus(Duration.ofMinutes(20))), ConsultationType.AMB,
            AppointmentType.ROUTINE, Set.of(SlotVisibility.PUBLIC), SlotStatus.FREE, null));
      }
      schedules.add(new SasSchedule(pro(p), new PracticeSite("c" + p, "1 rue de la Gare", "34200", "Ville",
          CommuneCode.parse(COMMUNES.get(p))), TimeSlot.of(T0, T0.plus(Duration.ofDays(3))), slots));
    }
    return new SasOffer(FinessNumber.withComputedKey("34000123"), "CPTS Thau", schedules);
  }

  private static SasProfessionalId pro(int p) {
    return SasProfessionalId.parse("81000000000" + p);
  }

  private static SasAppointment appointment(int n, int pro, int slot, AppointmentStatus status) {
    Instant s = T0.plus(Duration.ofHours(slot));
    return new SasAppointment("rdv-" + n, "s" + pro + "-" + slot, pro(pro), TimeSlot.of(s, s.plus(Duration.ofMinutes(20))),
        status, "regulateur-1");
  }

  @Provide
  Arbitrary<List<SasAppointment>> appointments() {
    Arbitrary<int[]> one = Combinators.combine(Arbitraries.integers().between(0, COMMUNES.size() - 1),
        Arbitraries.integers().between(0, 39), Arbitraries.integers().between(0, 3)).as((p, s, st) -> new int[] {p, s, st});
    return one.list().ofMaxSize(80).map(list -> {
      List<SasAppointment> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        int[] a = list.get(i);
        out.add(appointment(i, a[0], a[1], AppointmentStatus.values()[a[2]]));
      }
      return out;
    });
  }

  @Property(tries = 150)
  void theReportCountsWhatIsGivenAndHonouredPerArea(@ForAll("appointments") List<SasAppointment> appointments) {
    SasIndicators.Placement placed = SasIndicators.place(List.of(offer()), appointments, PARIS);
    assertThat(placed.unplaced()).isEmpty();
    assertThat(placed.events()).hasSize((int) appointments.stream().filter(SasAppointment::given).count());
    IndicatorReport report = SasIndicators.report(ENGINE, placed);
    for (Area area : report.areas()) {
      Set<String> communes = switch (area.level()) {
        case CPTS -> Set.of("34301", "34108");
        case DEPARTMENT -> area.code().equals("34") ? Set.of("34301", "34108", "34003")
            : area.code().equals("75") ? Set.of("75056") : Set.of();
        case REGION -> area.code().equals("76") ? Set.of("34301", "34108", "34003")
            : area.code().equals("11") ? Set.of("75056") : Set.of();
      };
      List<SasAppointment> in = appointments.stream().filter(SasAppointment::given)
          .filter(a -> communes.contains(COMMUNES.get(index(a.professional())))).toList();
      IndicatorResult r = report.unmasked(area).get(Indicator.SAS_APPOINTMENTS_HONOURED.ordinal());
      assertThat(r.denominator()).isEqualTo(in.size());
      assertThat(r.numerator()).isEqualTo(in.stream().filter(SasAppointment::honoured).count());
      assertThat(report.unmasked(area).get(Indicator.SAS_PROFESSIONALS.ordinal()).numerator())
          .isEqualTo(in.stream().map(SasAppointment::professional).distinct().count());
      PublishedValue v = report.published(area).get(Indicator.SAS_APPOINTMENTS_HONOURED.ordinal());
      if (!v.suppression().masked()) {
        int t = report.policy().threshold();
        assertThat(r.numerator()).isGreaterThanOrEqualTo(t);
        assertThat(r.denominator() - r.numerator()).isGreaterThanOrEqualTo(t);
      }
    }
  }

  private static int index(SasProfessionalId id) {
    return Integer.parseInt(id.toString().substring(11));
  }

  @Property(tries = 200)
  void noMaskedProfessionalIsTheTotalMinusThePublishedOnes(@ForAll("appointments") List<SasAppointment> appointments,
      @ForAll("thresholds") int threshold) {
    SasIndicators.Activity a = SasIndicators.activity("CPTS Thau", appointments, DateRange.ofClosed(
        LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 5)), SuppressionPolicy.of(threshold));
    long masked = a.byProfessional().values().stream().filter(v -> v.suppression().masked()).count();
    if (!a.total().suppression().masked()) {
      assertThat(masked).isNotEqualTo(1);
      long given = appointments.stream().filter(SasAppointment::given).count();
      assertThat(a.total().denominator()).hasValue(given);
      assertThat(a.total().numerator()).hasValue(appointments.stream().filter(SasAppointment::honoured).count());
    }
    for (PublishedValue v : a.byProfessional().values()) {
      if (!v.suppression().masked()) {
        assertThat(v.numerator().getAsLong()).isGreaterThanOrEqualTo(threshold);
        assertThat(v.denominator().getAsLong() - v.numerator().getAsLong()).isGreaterThanOrEqualTo(threshold);
      }
    }
    assertThat(a.professionals().numerator()).hasValue(
        appointments.stream().filter(SasAppointment::given).map(SasAppointment::professional).distinct().count());
  }

  @Provide
  Arbitrary<Integer> thresholds() {
    return Arbitraries.of(1, 3, 5, 11);
  }

  @Example
  void aSlotUnknownToTheOffersIsPlacedByItsProfessionalsOnlyCommune() {
    SasAppointment known = new SasAppointment("a", "elsewhere", pro(0), TimeSlot.of(T0, T0.plusSeconds(600)),
        AppointmentStatus.FULFILLED, "op");
    SasAppointment stranger = new SasAppointment("b", null, SasProfessionalId.parse("810000000999"),
        TimeSlot.of(T0, T0.plusSeconds(600)), AppointmentStatus.BOOKED, "op");
    SasAppointment cancelled = new SasAppointment("c", "s1-1", pro(1), TimeSlot.of(T0, T0.plusSeconds(600)),
        AppointmentStatus.CANCELLED, "op");
    SasIndicators.Placement placed = SasIndicators.place(List.of(offer()), List.of(known, stranger, cancelled), PARIS);
    assertThat(placed.events()).singleElement().satisfies(e -> {
      assertThat(e.commune().value()).isEqualTo("34301");
      assertThat(e.honoured()).isTrue();
      assertThat(e.date()).isEqualTo(LocalDate.of(2025, 3, 3));
    });
    assertThat(placed.unplaced()).containsExactly(stranger);
  }

  @Example
  void aSiteWithoutCommuneLeavesItsAppointmentsUnplaced() {
    SasOffer offer = offer();
    SasSchedule s = offer.schedules().get(0);
    SasOffer without = new SasOffer(offer.cptsFiness(), offer.cptsName(),
        List.of(new SasSchedule(s.professional(), s.site().withCommune(null), s.horizon(), s.slots())));
    SasAppointment a = appointment(0, 0, 0, AppointmentStatus.BOOKED);
    assertThat(SasIndicators.place(List.of(without), List.of(a), PARIS).unplaced()).containsExactly(a);
  }

  @Example
  void theSasLinesOfAContractAreFedWithTheirPublishedValues() {
    List<SasAppointment> appointments = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      appointments.add(appointment(i, i % 2, i, i < 24 ? AppointmentStatus.FULFILLED : AppointmentStatus.NOSHOW));
    }
    IndicatorReport report = SasIndicators.report(ENGINE, SasIndicators.place(List.of(offer()), appointments, PARIS));
    List<PublishedValue> thau = report.published(report.cpts(THAU).orElseThrow());
    IndicatorLine medecins = IndicatorLine.action("sas-medecins", "Médecins de la CPTS participant au SAS", Euros.of(3000));
    IndicatorLine rdv = IndicatorLine.result("sas-rdv", "Rendez-vous SAS honorés", BigDecimal.TEN, BigDecimal.valueOf(30),
        Euros.of(5000));
    IndicatorLine other = IndicatorLine.action("telesante", "Télésanté", Euros.of(1000));
    YearResults declared = YearResults.of(List.of(io.github.cptssdk.core.aci.IndicatorResult.proven("sas-medecins", true),
        io.github.cptssdk.core.aci.IndicatorResult.proven("telesante", false)), false);
    YearResults fed = SasIndicators.feed(declared, List.of(medecins, rdv, other),
        Map.of("sas-medecins", SasIndicators.Measure.PROFESSIONALS, "sas-rdv", SasIndicators.Measure.APPOINTMENTS_HONOURED),
        thau);
    assertThat(fed.results().get("sas-rdv")).isEqualTo(io.github.cptssdk.core.aci.IndicatorResult.measured("sas-rdv",
        BigDecimal.valueOf(24)));
    assertThat(fed.results().get("sas-medecins").proven()).isTrue();
    assertThat(fed.results().get("sas-medecins").value()).isEqualByComparingTo("2");
    assertThat(fed.results().get("telesante")).isEqualTo(declared.results().get("telesante"));
    assertThat(SasIndicators.Measure.APPOINTMENTS_GIVEN.of(thau)).contains(BigDecimal.valueOf(36));
    assertThat(SasIndicators.Measure.HONOURED_RATE.of(thau)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.666667"));
  }

  @Example
  void aMaskedCellLeavesItsLineAsDeclared() {
    List<SasAppointment> few = List.of(appointment(0, 0, 0, AppointmentStatus.FULFILLED));
    IndicatorReport report = SasIndicators.report(ENGINE, SasIndicators.place(List.of(offer()), few, PARIS));
    List<PublishedValue> thau = report.published(report.cpts(THAU).orElseThrow());
    IndicatorLine rdv = IndicatorLine.result("sas-rdv", "Rendez-vous SAS honorés", BigDecimal.TEN, BigDecimal.valueOf(30),
        Euros.of(5000));
    YearResults fed = SasIndicators.feed(YearResults.none(), List.of(rdv),
        Map.of("sas-rdv", SasIndicators.Measure.APPOINTMENTS_HONOURED), thau);
    assertThat(fed.results()).doesNotContainKey("sas-rdv");
    assertThat(new HashSet<>(SasIndicators.INDICATORS)).contains(Indicator.SAS_PROFESSIONALS);
  }
}
