package io.github.cptssdk.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.testing.PatientArbitraries;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link IndicatorAccumulator#combine} is a commutative monoid over patients and events: the empty
 * accumulator is neutral, merges are associative and commutative, so any split and any merge order
 * of a parallel run gives the same report (event indicators included).
 */
class AccumulatorMergeTest {

  private static final List<String> RPPS = List.of("10000000001", "10000000002", "10000000003");

  @Provide
  Arbitrary<Map<CptsId, Territory>> territories() {
    return PatientArbitraries.territories(TestReferential.get());
  }

  /** @return a part of the input: some patients and some events */
  @Provide
  Arbitrary<Part> parts() {
    Arbitrary<CareEvent> event = Combinators.combine(
        Arbitraries.integers().between(-400, 800).map(d -> LocalDate.of(PatientArbitraries.YEAR, 1, 1).plusDays(d)),
        Arbitraries.of(PatientArbitraries.codes(TestReferential.get())), Arbitraries.of(CareEvent.Kind.values()),
        Arbitraries.of(RPPS).injectNull(0.2), Arbitraries.of(true, false), Arbitraries.integers().between(0, 40))
        .as((date, commune, kind, rpps, honoured, n) -> new CareEvent(date, commune, kind, rpps, honoured,
            kind == CareEvent.Kind.PREVENTION_EVENT ? n : 0));
    return Combinators.combine(PatientArbitraries.patients(TestReferential.get()).list().ofMaxSize(25),
        event.list().ofMaxSize(15)).as(Part::new);
  }

  record Part(List<PatientRecord> patients, List<CareEvent> events) {
    IndicatorAccumulator into(IndicatorEngine engine) {
      IndicatorAccumulator acc = engine.newAccumulator();
      patients.forEach(acc::accept);
      events.forEach(acc::accept);
      return acc;
    }
  }

  private static IndicatorEngine engine(Map<CptsId, Territory> t) {
    return IndicatorEngine.builder().referential(TestReferential.get()).territories(t).year(PatientArbitraries.YEAR).build();
  }

  @Property(tries = 100)
  void mergeIsAssociative(@ForAll("territories") Map<CptsId, Territory> t, @ForAll("parts") Part a, @ForAll("parts") Part b,
      @ForAll("parts") Part c) {
    IndicatorEngine e = engine(t);
    IndicatorReport left = a.into(e).combine(b.into(e)).combine(c.into(e)).report();
    IndicatorReport right = a.into(e).combine(b.into(e).combine(c.into(e))).report();
    assertThat(left.unmasked()).isEqualTo(right.unmasked());
    assertThat(left.published()).isEqualTo(right.published());
  }

  @Property(tries = 100)
  void mergeIsCommutativeWithTheEmptyAccumulatorNeutral(@ForAll("territories") Map<CptsId, Territory> t,
      @ForAll("parts") Part a, @ForAll("parts") Part b) {
    IndicatorEngine e = engine(t);
    IndicatorReport ab = a.into(e).combine(b.into(e)).report();
    assertThat(b.into(e).combine(a.into(e)).report().unmasked()).isEqualTo(ab.unmasked());
    assertThat(e.newAccumulator().combine(a.into(e)).report().unmasked()).isEqualTo(a.into(e).combine(e.newAccumulator()).report().unmasked())
        .isEqualTo(a.into(e).report().unmasked());
  }

  @Property(tries = 50)
  void mergedPartsEqualOnePassOverTheWhole(@ForAll("territories") Map<CptsId, Territory> t, @ForAll("parts") Part a,
      @ForAll("parts") Part b) {
    IndicatorEngine e = engine(t);
    IndicatorAccumulator whole = e.newAccumulator();
    a.patients().forEach(whole::accept);
    b.events().forEach(whole::accept);
    b.patients().forEach(whole::accept);
    a.events().forEach(whole::accept);
    assertThat(a.into(e).combine(b.into(e)).report().unmasked()).isEqualTo(whole.report().unmasked());
  }

  @Example
  void accumulatorsOfDifferentEnginesAreNotMerged() {
    assertThatThrownBy(() -> engine(Map.of()).newAccumulator().combine(engine(Map.of()).newAccumulator()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
