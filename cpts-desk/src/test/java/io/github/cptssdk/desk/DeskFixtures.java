package io.github.cptssdk.desk;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Shared values and generators of the desk tests: a CPTS made of two EPCI of Hérault (Sète, Thau's neighbour). */
final class DeskFixtures {

  public static final CommuneReferential REFERENTIAL = CommuneReferential.official();
  /** Sète Agglopôle Méditerranée. */
  public static final Territory SETE = REFERENTIAL.epciTerritory(EpciCode.parse("200066355"));
  /** CA Hérault-Méditerranée (Agde, Pézenas...). */
  public static final Territory AGDE = REFERENTIAL.epciTerritory(EpciCode.parse("243400819"));
  public static final Territory CPTS = SETE.union(AGDE);
  public static final CommuneCode SETE_CITY = CommuneCode.parse("34301");
  public static final CommuneCode FRONTIGNAN = CommuneCode.parse("34108");
  public static final CommuneCode AGDE_CITY = CommuneCode.parse("34003");
  public static final CommuneCode MONTPELLIER = CommuneCode.parse("34172");
  public static final DateRange PERIOD = DateRange.ofClosed(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
  public static final DeskMatcher MATCHER = DeskMatcher.of(REFERENTIAL, CPTS, PriorityRules.cnam());

  private static final List<CommuneCode> COMMUNES = new ArrayList<>(CPTS.communes());

  private DeskFixtures() {}

  /** @return the k-th synthetic RPPS number (a valid check key, never a real professional's row) */
  public static RppsNumber rpps(int k) {
    return RppsNumber.withComputedKey(String.format("1%09d", k));
  }

  public static DeskRequest request(String id, CommuneCode commune, int birthYear, LocalDate received,
      Fragility... flags) {
    Set<Fragility> f = flags.length == 0 ? EnumSet.noneOf(Fragility.class) : EnumSet.of(flags[0], flags);
    return DeskRequest.received(RequestId.parse(id), commune, birthYear, f, Origin.CPAM, received);
  }

  /** @return mostly three communes (many share one), any commune of the CPTS, and one outside it */
  @SuppressWarnings("unchecked")
  private static Arbitrary<CommuneCode> communes(int few, int any) {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(few, Arbitraries.of(COMMUNES.subList(0, 3))),
        net.jqwik.api.Tuple.of(any, Arbitraries.of(COMMUNES)), net.jqwik.api.Tuple.of(1, Arbitraries.just(MONTPELLIER)));
  }

  public static Arbitrary<List<DeskRequest>> requests() {
    Arbitrary<CommuneCode> commune = communes(12, 6);
    Arbitrary<Set<Fragility>> flags = Arbitraries.of(Fragility.ALD, Fragility.C2S, Fragility.AME, Fragility.GP_LEFT).set();
    Arbitrary<LocalDate> received = Arbitraries.integers().between(0, 120).map(d -> LocalDate.of(2024, 12, 1).plusDays(d));
    Arbitrary<DeskRequest> one = Combinators.combine(commune, Arbitraries.integers().between(1930, 2020), flags, received,
        Arbitraries.of(true, false, false, false), Arbitraries.of(true, false))
        .as((c, y, f, r, home, qualified) -> {
          DeskRequest q = new DeskRequest(RequestId.parse("x"), c, y, f, Origin.SELF, home,
              List.of(StepRecord.of(Step.RECEIVED, r)));
          return qualified ? q.then(Step.QUALIFIED, r) : q;
        });
    return one.list().ofMaxSize(40).map(DeskFixtures::numbered);
  }

  private static List<DeskRequest> numbered(List<DeskRequest> list) {
    List<DeskRequest> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      DeskRequest r = list.get(i);
      out.add(new DeskRequest(RequestId.parse("r" + i), r.commune(), r.birthYear(), r.flags(), r.origin(), r.homeVisit(),
          r.steps()));
    }
    return out;
  }

  public static Arbitrary<List<GpCapacity>> capacities() {
    Arbitrary<CommuneCode> commune = communes(8, 4);
    Arbitrary<Set<AgeBand>> bands = Arbitraries.of(AgeBand.class).set().ofMinSize(1);
    Arbitrary<GpCapacity> one = Combinators.combine(commune, Arbitraries.integers().between(0, 4), bands,
        Arbitraries.of(true, true, false))
        .as((c, n, b, home) -> GpCapacity.of(rpps(0), c, n).withAgeBands(b).withHomeVisits(home));
    return one.list().ofMaxSize(12).map(list -> {
      List<GpCapacity> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        GpCapacity g = list.get(i);
        out.add(new GpCapacity(rpps(i + 1), g.site(), g.commune(), g.newPatients(), g.ageBands(), g.homeVisits(),
            g.validity()));
      }
      return out;
    });
  }
}
