package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.testing.AciArbitraries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Issue 12: a contract followed over its five years (history, total, schedule) and the attainment of a line. */
class FundingHistoryTest {

  private static final AciFunding FUNDING = AciFunding.of(AciRules.official(),
      FigurePolicy.nationalDefaults().accepting(EvidenceStatus.OBSERVED, EvidenceStatus.INFERRED));

  @Provide
  Arbitrary<Tuple2<AciContract, List<YearResults>>> histories() {
    return AciArbitraries.contracts().flatMap(c -> AciArbitraries.results(c).list().ofMinSize(1).ofMaxSize(5)
        .map(r -> Tuple.of(c, r)));
  }

  /** The total is the sum of the yearly earned amounts, and the schedule pays exactly it, in date order. */
  @Property(tries = 100)
  void theTotalIsTheSumOfTheYearsAndTheSchedulePaysIt(@ForAll("histories") Tuple2<AciContract, List<YearResults>> h) {
    FundingHistory history = FUNDING.history(h.get1(), h.get2());
    assertThat(history.years()).hasSize(h.get2().size());
    Euros sum = Euros.ZERO;
    for (int y = 1; y <= h.get2().size(); y++) {
      ContractYearFunding alone = FUNDING.year(h.get1(), y, h.get2().get(y - 1));
      assertThat(history.year(y)).isEqualTo(alone);
      assertThat(history.variableEarned(y)).isLessThanOrEqualTo(alone.knownEarned());
      sum = sum.plus(alone.knownEarned());
    }
    assertThat(history.total()).isEqualTo(sum);
    assertThat(history.schedule().stream().map(Payment::amount).reduce(Euros.ZERO, Euros::plus)).isEqualTo(sum);
    List<Payment> s = history.schedule();
    for (int i = 1; i < s.size(); i++) {
      assertThat(s.get(i).date()).isAfterOrEqualTo(s.get(i - 1).date());
    }
  }

  /** A RESULT line earns at least as much for a value further in its direction of improvement. */
  @Property(tries = 300)
  void attainmentIsMonotoneInTheIndicatorValue(@ForAll("resultLines") IndicatorLine line,
      @ForAll @IntRange(min = -1500, max = 2500) int value, @ForAll @IntRange(min = 0, max = 800) int step,
      @ForAll AttainmentFormula formula) {
    BigDecimal v = BigDecimal.valueOf(value);
    BigDecimal better = line.decreasing() ? v.subtract(BigDecimal.valueOf(step)) : v.add(BigDecimal.valueOf(step));
    Euros a = line.earned(IndicatorResult.measured(line.id(), v), formula).orElseThrow();
    Euros b = line.earned(IndicatorResult.measured(line.id(), better), formula).orElseThrow();
    assertThat(b).isGreaterThanOrEqualTo(a);
    assertThat(b).isLessThanOrEqualTo(line.amount());
    assertThat(line.earned(IndicatorResult.measured(line.id(), line.target()), formula)).contains(line.amount());
  }

  @Provide
  Arbitrary<IndicatorLine> resultLines() {
    return AciArbitraries.indicatorLines().filter(l -> l.kind() == IndicatorKind.RESULT);
  }

  @Test
  void theSeedFigureTrajectoryEarnsALinearShareEachYear() {
    IndicatorLine line = IndicatorLine.result("sans-mt", "sans MT", new BigDecimal("11"), new BigDecimal("4.6"), Euros.of(1000));
    List<Euros> earned = new ArrayList<>();
    for (String v : List.of("11", "9.4", "7.8", "6.2", "4.6")) {
      earned.add(line.earned(IndicatorResult.measured("sans-mt", new BigDecimal(v)), AttainmentFormula.LINEAR).orElseThrow());
    }
    assertThat(earned).containsExactly(Euros.ZERO, Euros.of(250), Euros.of(500), Euros.of(750), Euros.of(1000));
    assertThat(line.withAmount(null).earned(null, AttainmentFormula.LINEAR)).isEmpty();
  }

  @Test
  void aHistoryNeedsOneToFiveYears() {
    AciContract c = AciArbitraries.contracts().sample();
    assertThatThrownBy(() -> FUNDING.history(c, List.of())).isInstanceOf(AciRulesException.class)
        .hasMessageStartingWith("CPTS-1493");
    List<YearResults> six = java.util.Collections.nCopies(6, YearResults.none());
    assertThatThrownBy(() -> FUNDING.history(c, six)).isInstanceOf(AciRulesException.class)
        .hasMessageStartingWith("CPTS-1493");
  }
}
