package io.github.cptssdk.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.testing.PatientArbitraries;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Published cells never reveal a masked one, and every published cell passes the threshold. */
class SuppressionPropertyTest {

  private static final CommuneReferential REF = TestReferential.get();

  @Provide
  Arbitrary<List<PatientRecord>> patients() {
    return PatientArbitraries.patients(REF).list().ofMaxSize(120);
  }

  @Provide
  Arbitrary<Map<CptsId, Territory>> territories() {
    return PatientArbitraries.territories(REF);
  }

  @Provide
  Arbitrary<Integer> thresholds() {
    return Arbitraries.integers().between(1, 12);
  }

  @Property(tries = 200)
  void maskedCellsAreNotLinearCombinationsOfPublishedOnes(@ForAll("patients") List<PatientRecord> patients,
      @ForAll("territories") Map<CptsId, Territory> t, @ForAll("thresholds") int threshold) {
    IndicatorReport report = IndicatorEngine.builder().referential(REF).territories(t).year(PatientArbitraries.YEAR)
        .suppression(SuppressionPolicy.of(threshold)).build().compute(patients.stream());
    List<Area> areas = report.areas();
    boolean anySecondary = false;
    for (Indicator i : Indicator.values()) {
      List<int[]> published = new ArrayList<>();
      List<int[]> masked = new ArrayList<>();
      for (Area a : areas) {
        PublishedValue v = report.published(a).get(i.ordinal());
        IndicatorResult raw = report.unmasked(a).get(i.ordinal());
        if (v.suppression().masked()) {
          masked.add(vector(a, t));
          anySecondary |= v.suppression() == PublishedValue.Suppression.SECONDARY;
        } else {
          published.add(vector(a, t));
          assertPassesThreshold(raw, threshold);
          assertThat(v.numerator().getAsLong()).isEqualTo(raw.numerator());
        }
      }
      int rank = rank(published);
      for (int[] m : masked) {
        if (java.util.Arrays.stream(m).anyMatch(x -> x != 0)) {
          List<int[]> with = new ArrayList<>(published);
          with.add(m);
          assertThat(rank(with)).as("masked cell of %s is a combination of published cells", i).isEqualTo(rank + 1);
        }
      }
    }
    Statistics.label("secondary suppression").collect(anySecondary);
    Statistics.label("secondary suppression").coverage(c -> c.check(true).count(n -> n >= 1));
  }

  @Property(tries = 100)
  void cellsOfOneGroupAreMaskedTogether(@ForAll("patients") List<PatientRecord> patients,
      @ForAll("territories") Map<CptsId, Territory> t) {
    IndicatorReport report = IndicatorEngine.builder().referential(REF).territories(t).year(PatientArbitraries.YEAR)
        .build().compute(patients.stream());
    for (Area a : report.areas()) {
      List<PublishedValue> row = report.published(a);
      assertThat(row.get(Indicator.MT_16_PLUS.ordinal()).suppression().masked())
          .isEqualTo(row.get(Indicator.NO_MT_16_PLUS.ordinal()).suppression().masked());
    }
  }

  private static void assertPassesThreshold(IndicatorResult r, int threshold) {
    if (!r.indicator().isPatientLevel()) {
      return;
    }
    assertThat(r.numerator()).isGreaterThanOrEqualTo(threshold);
    if (r.indicator().measure() == Indicator.Measure.RATE) {
      assertThat(r.denominator()).isGreaterThanOrEqualTo(threshold);
      assertThat(r.denominator() - r.numerator()).isGreaterThanOrEqualTo(threshold);
    }
  }

  /** @return the 0/1 vector of the area over every commune of the referential */
  private static int[] vector(Area area, Map<CptsId, Territory> t) {
    List<Commune> all = new ArrayList<>(REF.communes());
    all.addAll(REF.municipalArrondissements());
    int[] v = new int[all.size()];
    for (int k = 0; k < v.length; k++) {
      Commune c = all.get(k);
      v[k] = switch (area.level()) {
        case DEPARTMENT -> c.departmentCode().equals(area.code()) ? 1 : 0;
        case REGION -> c.regionCode().equals(area.code()) ? 1 : 0;
        case CPTS -> covers(t.get(CptsId.of(area.code())), c.code()) ? 1 : 0;
      };
    }
    return v;
  }

  private static boolean covers(Territory t, CommuneCode c) {
    return t.contains(c) || (c.parentCityCode() != null && t.contains(c.parentCityCode()));
  }

  /** @return the rank over the rationals (fraction-free elimination on BigInteger) */
  static int rank(List<int[]> rows) {
    List<BigInteger[]> m = rows.stream().map(r -> java.util.Arrays.stream(r).mapToObj(BigInteger::valueOf)
        .toArray(BigInteger[]::new)).collect(Collectors.toCollection(ArrayList::new));
    int rank = 0;
    int cols = rows.isEmpty() ? 0 : rows.get(0).length;
    for (int col = 0; col < cols && rank < m.size(); col++) {
      int pivot = -1;
      for (int r = rank; r < m.size(); r++) {
        if (m.get(r)[col].signum() != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      java.util.Collections.swap(m, rank, pivot);
      BigInteger[] p = m.get(rank);
      for (int r = rank + 1; r < m.size(); r++) {
        BigInteger[] row = m.get(r);
        BigInteger f = row[col];
        if (f.signum() != 0) {
          for (int j = 0; j < cols; j++) {
            row[j] = row[j].multiply(p[col]).subtract(p[j].multiply(f));
          }
        }
      }
      rank++;
    }
    return rank;
  }

  @Property(tries = 50)
  void rankOracleSeesADifference(@ForAll("territories") Map<CptsId, Territory> t) {
    // Region = sum of its departments: the oracle must find that dependency.
    Set<String> regions = REF.regions().stream().map(r -> r.code()).collect(Collectors.toSet());
    for (String r : regions) {
      List<int[]> parts = new ArrayList<>();
      REF.departments().stream().filter(d -> d.regionCode().equals(r))
          .forEach(d -> parts.add(vector(new Area(Area.Level.DEPARTMENT, d.code(), d.code()), t)));
      int before = rank(parts);
      parts.add(vector(new Area(Area.Level.REGION, r, r), t));
      assertThat(rank(parts)).isEqualTo(before);
    }
  }
}
