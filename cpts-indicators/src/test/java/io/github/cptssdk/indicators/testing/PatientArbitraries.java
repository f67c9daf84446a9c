package io.github.cptssdk.indicators.testing;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.PatientRecord;
import io.github.cptssdk.indicators.PreventionAct;
import io.github.cptssdk.indicators.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of patients and territories over the {@link TestReferential}, weighted on the
 * edges of the rules: ages around 16/17, 25/30, 50, 65, 70, 74/75, and dates around window ends.
 */
public final class PatientArbitraries {

  /** The reference year the generators aim at. */
  public static final int YEAR = 2025;

  private static final int[] EDGE_AGES = {-1, 0, 15, 16, 17, 24, 25, 29, 30, 49, 50, 64, 65, 66, 69, 70, 74, 75, 127, 130};

  private PatientArbitraries() {}

  /** @return the codes of every commune and arrondissement of the referential */
  public static List<CommuneCode> codes(CommuneReferential r) {
    List<CommuneCode> codes = new ArrayList<>();
    r.communes().forEach(c -> codes.add(c.code()));
    r.municipalArrondissements().forEach(c -> codes.add(c.code()));
    return codes;
  }

  /** @return ages weighted on the thresholds of the definitions */
  public static Arbitrary<Integer> ages() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 105)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(java.util.Arrays.stream(EDGE_AGES).boxed().toList())));
  }

  /** @return dates around the window bounds of {@link #YEAR}, or none */
  public static Arbitrary<LocalDate> dates() {
    List<LocalDate> edges = new ArrayList<>();
    for (int y = YEAR - 5; y <= YEAR + 1; y++) {
      edges.add(LocalDate.of(y, 1, 1));
      edges.add(LocalDate.of(y, 1, 1).minusDays(1));
      edges.add(LocalDate.of(y, 7, 1));
      edges.add(LocalDate.of(y, 7, 1).minusDays(1));
    }
    Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 9 * 366)
        .map(d -> LocalDate.of(YEAR - 7, 1, 1).plusDays(d));
    return Arbitraries.oneOf(any, Arbitraries.of(edges));
  }

  /** @return one patient living in one of the communes */
  public static Arbitrary<PatientRecord> patients(CommuneReferential referential) {
    Arbitrary<CommuneCode> commune = Arbitraries.of(codes(referential));
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    Arbitrary<LocalDate> date = dates().injectNull(0.3);
    Arbitrary<PatientRecord> base = Combinators.combine(Arbitraries.strings().alpha().ofLength(8), ages(),
        Arbitraries.of(Sex.values()), commune, flag, flag, flag)
        .as((id, age, sex, c, mt, ald, c2s) -> PatientRecord.of(id, YEAR - age, sex, c)
            .withTreatingDoctor(mt).withAld(ald).withC2s(c2s));
    return Combinators.combine(base, date, date, date, date).as((p, flu, colo, breast, cerv) -> p
        .withLastAct(PreventionAct.FLU_VACCINATION, flu)
        .withLastAct(PreventionAct.COLORECTAL_SCREENING, colo)
        .withLastAct(PreventionAct.BREAST_SCREENING, breast)
        .withLastAct(PreventionAct.CERVICAL_SCREENING, cerv));
  }

  /** @return 0 to 4 CPTS over random, possibly overlapping sets of communes (city codes included) */
  public static Arbitrary<Map<CptsId, Territory>> territories(CommuneReferential referential) {
    Arbitrary<Territory> territory = Arbitraries.of(codes(referential)).set().ofMinSize(1).ofMaxSize(6).map(Territory::of);
    return territory.list().ofMaxSize(4).map(list -> {
      Map<CptsId, Territory> m = new TreeMap<>();
      for (int i = 0; i < list.size(); i++) {
        m.put(CptsId.of("cpts-" + i), list.get(i));
      }
      return m;
    });
  }
}
