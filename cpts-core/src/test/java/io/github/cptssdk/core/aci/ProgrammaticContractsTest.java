package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.ModelDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * "Accepted, then used" for contracts built in code (issue 12, overflow): the JSON reader caps amounts
 * (CPTS-0652) but the constructors accept any {@code long} of cents; whatever they accept funds every
 * contract year to a result or a coded {@link CptsException}, never a bare exception.
 */
class ProgrammaticContractsTest {

  private static final AciFunding FUNDING = AciFunding.official();

  @Test
  void anEighteenDigitAmountIsACodedErrorNotAnOverflow() {
    Euros huge = Euros.ofCents(900_000_000_000_000_000L);
    AciContract c = AciContract.of(CptsId.of("cpts-big"), LocalDate.of(2023, 1, 1), SizeBand.SIZE_3, List.of(
        new ContractMission(Mission.ACCESS_TO_CARE, LocalDate.of(2023, 1, 1), huge, List.of(
            IndicatorLine.action("a", "a", huge), IndicatorLine.action("b", "b", huge)))));
    assertThatThrownBy(() -> FUNDING.year(c, 1, YearResults.allMet())).isInstanceOf(AciRulesException.class)
        .hasMessageStartingWith("CPTS-1492").hasMessageContaining("[1]");
    assertThatThrownBy(() -> FUNDING.projection(c)).isInstanceOf(AciRulesException.class);
  }

  @Test
  void aLargeButAddableContractStillFunds() {
    Euros big = Euros.of(10_000_000_000L);
    AciContract c = AciContract.of(CptsId.of("cpts-big"), LocalDate.of(2023, 1, 1), SizeBand.SIZE_3, List.of(
        new ContractMission(Mission.ACCESS_TO_CARE, LocalDate.of(2023, 1, 1), big, List.of(IndicatorLine.action("a", "a", big)))));
    assertThat(FUNDING.year(c, 1, YearResults.allMet()).knownEarned()).isGreaterThanOrEqualTo(big.plus(big));
  }

  @Property(tries = 300)
  void anyAcceptedContractFundsEveryYearOrFailsWithACode(@ForAll("contracts") AciContract contract,
      @ForAll("results") YearResults results) {
    String outcome;
    try {
      for (int year = 1; year <= 5; year++) {
        ContractYearFunding f = FUNDING.year(contract, year, results);
        assertThat(f.paid()).isEqualTo(f.knownEarned());
        f.knownEnvelope();
      }
      outcome = "funded";
    } catch (CptsException e) {
      assertThat(e.code()).matches("CPTS-\\d{4}");
      outcome = e.code();
    }
    Statistics.collect(outcome);
  }

  @Provide
  Arbitrary<AciContract> contracts() {
    Arbitrary<LocalDate> dates = Arbitraries.longs().between(ModelDates.MIN.toEpochDay(), ModelDates.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> inForce = Arbitraries.integers().between(0, 4000).map(LocalDate.of(2019, 8, 25)::plusDays);
    Arbitrary<LocalDate> signed = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, inForce), net.jqwik.api.Tuple.of(1, dates));
    Arbitrary<ContractMission> missions = Combinators.combine(Arbitraries.of(Mission.class),
        inForce.injectNull(0.1), amounts().injectNull(0.2), lines().list().ofMaxSize(4))
        .as(ContractMission::new);
    return Combinators.combine(signed, Arbitraries.of(SizeBand.class).injectNull(0.3),
        Arbitraries.longs().injectNull(0.3), amounts().injectNull(0.5), amounts().injectNull(0.5),
        Arbitraries.of(AttainmentFormula.class), missions.list().ofMaxSize(6))
        .as((d, size, population, atSignature, yearly, formula, list) -> new AciContract(CptsId.of("cpts-prog"), d,
            size, population, atSignature, yearly, null, null, null, formula, list));
  }

  @Provide
  Arbitrary<YearResults> results() {
    Arbitrary<IndicatorResult> one = Arbitraries.oneOf(
        Arbitraries.of("a", "b", "c", "d").flatMap(id -> Arbitraries.of(true, false).map(p -> IndicatorResult.proven(id, p))),
        Arbitraries.of("a", "b", "c", "d").flatMap(id -> decimals().map(v -> IndicatorResult.measured(id, v))));
    return Combinators.combine(one.list().ofMaxSize(4), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((list, crisis, allMet) -> allMet ? YearResults.allMet().withCrisisRecognised(crisis) : YearResults.of(dedup(list), crisis));
  }

  private static List<IndicatorResult> dedup(List<IndicatorResult> list) {
    List<IndicatorResult> out = new ArrayList<>();
    list.stream().filter(r -> out.stream().noneMatch(o -> o.lineId().equals(r.lineId()))).forEach(out::add);
    return out;
  }

  /** Any long of cents, the extremes often. */
  private static Arbitrary<Euros> amounts() {
    return Arbitraries.longs().edgeCases(c -> c.add(Long.MAX_VALUE, Long.MIN_VALUE, 900_000_000_000_000_000L))
        .map(Euros::ofCents);
  }

  private static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1e20"), new BigDecimal("1e20")).ofScale(3);
  }

  private static Arbitrary<IndicatorLine> lines() {
    Arbitrary<Tier> tiers = Combinators.combine(decimals(), amounts()).as(Tier::new);
    return Combinators.combine(Arbitraries.of("a", "b", "c", "d"), Arbitraries.of(IndicatorKind.class),
        decimals().injectNull(0.1), decimals().injectNull(0.1), tiers.list().ofMaxSize(3), amounts().injectNull(0.1))
        .as((id, kind, baseline, target, t, amount) -> new IndicatorLine(id, "line " + id, kind, baseline, target, t, amount));
  }
}
