package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.testing.AciArbitraries;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Whole-contract invariants of the funding calculator (issue 3: monotone, bounded, exact schedule, projection). */
class FundingPropertiesTest {

  private static final AciFunding FUNDING = AciFunding.of(AciRules.official(),
      FigurePolicy.nationalDefaults().accepting(EvidenceStatus.OBSERVED, EvidenceStatus.INFERRED));

  @Provide
  Arbitrary<Tuple2<AciContract, YearResults>> contractsWithResults() {
    return AciArbitraries.contracts().flatMap(c -> AciArbitraries.results(c).map(r -> Tuple.of(c, r)));
  }

  /** Better results (every line at least as attained, crisis recognised or not) never earn less, line by line. */
  @Property(tries = 100)
  void fundingIsMonotoneInTheResults(@ForAll("contractsWithResults") Tuple2<AciContract, YearResults> cr,
      @ForAll @IntRange(min = 1, max = 5) int year, @ForAll @IntRange(min = 0, max = 1500) int step) {
    AciContract c = cr.get1();
    List<String> ids = c.missions().stream().flatMap(m -> m.indicators().stream()).map(IndicatorLine::id).toList();
    Assume.that(ids.size() == new HashSet<>(ids).size()); // else the contract is invalid (CPTS-0509): results are keyed by id
    YearResults worse = cr.get2();
    YearResults better = improved(c, worse, step);
    List<FundingLine> a = FUNDING.year(c, year, worse).lines();
    List<FundingLine> b = FUNDING.year(c, year, better).lines();
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).earned().isKnown() && b.get(i).earned().isKnown()) {
        assertThat(b.get(i).earned().euros()).as(a.get(i).name()).isGreaterThanOrEqualTo(a.get(i).earned().euros());
      }
    }
    assertThat(FUNDING.year(c, year, better).knownEarned()).isGreaterThanOrEqualTo(FUNDING.year(c, year, worse).knownEarned());
  }

  /** The year's known earned total never exceeds the known envelopes, nor the "all targets met" maximum. */
  @Property(tries = 100)
  void fundingIsNeverAboveTheMaximum(@ForAll("contractsWithResults") Tuple2<AciContract, YearResults> cr,
      @ForAll @IntRange(min = 1, max = 5) int year) {
    ContractYearFunding actual = FUNDING.year(cr.get1(), year, cr.get2().withCrisisRecognised(false));
    ContractYearFunding max = FUNDING.year(cr.get1(), year, YearResults.allMet());
    for (int i = 0; i < actual.lines().size(); i++) {
      FundingLine l = actual.lines().get(i);
      FundingLine m = max.lines().get(i);
      if (l.earned().isKnown() && m.earned().isKnown()) {
        assertThat(l.earned().euros()).as(l.name()).isLessThanOrEqualTo(m.earned().euros());
      }
      if (l.earned().isKnown() && l.envelope().isKnown()) {
        assertThat(l.earned().euros()).as(l.name()).isLessThanOrEqualTo(l.envelope().euros());
      }
    }
  }

  /**
   * The five-year projection has one entry per contract year, each equal to the year computed alone; its
   * payments add up exactly to the earned amounts, year by year and in total.
   */
  @Property(tries = 100)
  void fiveYearProjectionSums(@ForAll("contractsWithResults") Tuple2<AciContract, YearResults> cr) {
    AciContract c = cr.get1();
    List<ContractYearFunding> years = FUNDING.projection(c, y -> cr.get2());
    assertThat(years).hasSize(5);
    Euros paid = Euros.ZERO;
    Euros earned = Euros.ZERO;
    for (int y = 1; y <= years.size(); y++) {
      ContractYearFunding f = years.get(y - 1);
      assertThat(f.year()).isEqualTo(y);
      assertThat(f).isEqualTo(FUNDING.year(c, y, cr.get2()));
      assertThat(f.paid()).isEqualTo(f.knownEarned());
      assertThat(f.payments()).allSatisfy(p -> assertThat(p.date()).isBetween(c.signedOn(), c.year(5).end()));
      paid = paid.plus(f.paid());
      earned = earned.plus(f.knownEarned());
    }
    assertThat(paid).isEqualTo(earned);
    assertThat(years.get(0).period().start()).isEqualTo(c.signedOn());
    assertThat(years.get(4).period().end()).isEqualTo(c.signedOn().plusYears(5));
    Statistics.label("versions").collect(years.get(0).versionId() + "->" + years.get(4).versionId());
  }

  /** @return the same results, each line moved by {@code step} towards (and possibly past) its target, actions proven */
  private static YearResults improved(AciContract c, YearResults r, int step) {
    Map<String, IndicatorResult> out = new HashMap<>(r.results());
    c.missions().stream().flatMap(m -> m.indicators().stream()).forEach(line -> {
      IndicatorResult old = r.result(line.id()).orElse(null);
      if (line.kind() == IndicatorKind.ACTION) {
        out.put(line.id(), IndicatorResult.proven(line.id(), true));
      } else if (old != null && old.value() != null) {
        BigDecimal delta = BigDecimal.valueOf(line.decreasing() ? -step : step);
        out.put(line.id(), IndicatorResult.measured(line.id(), old.value().add(delta)));
      }
    });
    return new YearResults(out, true, false);
  }
}
