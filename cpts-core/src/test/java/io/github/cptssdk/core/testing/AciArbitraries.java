package io.github.cptssdk.core.testing;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AttainmentFormula;
import io.github.cptssdk.core.aci.ContractMission;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.IndicatorKind;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.IndicatorResult;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.aci.Tier;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.Mission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for the ACI rules: dates weighted on the version boundaries, contracts (missions,
 * fixed amounts, ACTION and RESULT indicator lines with tiers) and yearly results.
 */
public final class AciArbitraries {

  /** Days where the rules change: ACI 2019 in force, avenant 2 in force, crisis mission applicable. */
  public static final List<LocalDate> BOUNDARIES = List.of(
      LocalDate.of(2019, 8, 25), LocalDate.of(2022, 3, 31), LocalDate.of(2022, 9, 3));

  private static final LocalDate FIRST = LocalDate.of(2019, 8, 25);

  private AciArbitraries() {}

  /** @return dates from 2019-08-25 to 2031, one in two within three days of a version boundary */
  public static Arbitrary<LocalDate> datesInForce() {
    Arbitrary<LocalDate> near = Combinators.combine(Arbitraries.of(BOUNDARIES), Arbitraries.integers().between(-3, 3))
        .as((d, k) -> d.plusDays(k)).filter(d -> !d.isBefore(FIRST));
    Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 4300).map(FIRST::plusDays);
    return Arbitraries.frequencyOf(Tuple.of(1, near), Tuple.of(1, any));
  }

  /** @return any date 2015-2031, with the version boundaries and the days around them often */
  public static Arbitrary<LocalDate> dates() {
    Arbitrary<LocalDate> early = Arbitraries.integers().between(0, 1700).map(i -> LocalDate.of(2015, 1, 1).plusDays(i));
    Arbitrary<LocalDate> edge = Combinators.combine(Arbitraries.of(BOUNDARIES), Arbitraries.integers().between(-1, 1))
        .as((d, k) -> d.plusDays(k));
    return Arbitraries.frequencyOf(Tuple.of(2, datesInForce()), Tuple.of(1, early), Tuple.of(1, edge));
  }

  /** @return amounts from 0 to 200 000 euros, in cents */
  public static Arbitrary<Euros> amounts() {
    return Arbitraries.longs().between(0, 20_000_000L).map(Euros::ofCents).edgeCases(c -> c.add(Euros.ZERO));
  }

  /** @return ACTION and RESULT indicator lines (with or without tiers) with valid fields */
  public static Arbitrary<IndicatorLine> indicatorLines() {
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8);
    Arbitrary<Euros> small = Arbitraries.longs().between(0, 2_000_000L).map(Euros::ofCents);
    Arbitrary<IndicatorLine> actions = Combinators.combine(ids, small).as((id, a) -> IndicatorLine.action(id, "action " + id, a));
    Arbitrary<IndicatorLine> results = Combinators.combine(ids, Arbitraries.integers().between(0, 1000),
        Arbitraries.integers().between(-500, 500).filter(d -> d != 0), small, Arbitraries.integers().between(0, 3))
        .as(AciArbitraries::resultLine);
    return Arbitraries.oneOf(actions, results);
  }

  private static IndicatorLine resultLine(String id, int baseline, int delta, Euros amount, int tierCount) {
    BigDecimal b = BigDecimal.valueOf(baseline);
    BigDecimal t = BigDecimal.valueOf(baseline + (long) delta);
    if (tierCount == 0) {
      return IndicatorLine.result(id, "result " + id, b, t, amount);
    }
    List<Tier> tiers = new ArrayList<>();
    for (int k = 1; k <= tierCount; k++) {
      tiers.add(new Tier(BigDecimal.valueOf(baseline + (long) delta * k / tierCount), amount.times(k, tierCount)));
    }
    return IndicatorLine.tiered(id, "tiered " + id, b, t, tiers);
  }

  /** @return a mission of a contract signed on {@code signedOn}: started (or not) within ~3 years */
  public static Arbitrary<ContractMission> missions(Mission mission, LocalDate signedOn) {
    Arbitrary<LocalDate> start = Arbitraries.integers().between(-30, 1200).map(signedOn::plusDays).injectNull(0.15);
    return Combinators.combine(start, amounts().injectNull(0.1), indicatorLines().list().ofMaxSize(5).uniqueElements(IndicatorLine::id))
        .as((s, f, lines) -> new ContractMission(mission, s, f, lines));
  }

  /** @return contracts signed while a version is in force, with the core missions and some optional ones */
  public static Arbitrary<AciContract> contracts() {
    return Combinators.combine(datesInForce(), Arbitraries.of(SizeBand.class), Arbitraries.of(AttainmentFormula.class),
        Arbitraries.of(Mission.class).set().ofMinSize(1))
        .flatAs((signed, size, formula, chosen) -> {
          List<Arbitrary<ContractMission>> parts = chosen.stream().sorted().map(m -> missions(m, signed)).toList();
          return Combinators.combine(parts).as(list -> new AciContract(CptsId.of("cpts-test"), signed, size, null,
              amountOrNull(signed), null, null, null, null, formula, list));
        });
  }

  private static Euros amountOrNull(LocalDate signed) {
    return signed.getDayOfMonth() % 3 == 0 ? null : Euros.of(75_000);
  }

  /** @return results of one year for {@code contract}: each line proven or measured somewhere around its range */
  public static Arbitrary<YearResults> results(AciContract contract) {
    List<IndicatorLine> lines = contract.missions().stream().flatMap(m -> m.indicators().stream()).toList();
    List<Arbitrary<IndicatorResult>> each = lines.stream().map(AciArbitraries::result).toList();
    if (each.isEmpty()) {
      return Arbitraries.of(true, false).map(crisis -> YearResults.of(List.of(), crisis));
    }
    return Combinators.combine(each).as(list -> list).flatMap(list -> Arbitraries.of(true, false)
        .map(crisis -> YearResults.of(list, crisis)));
  }

  /** @return a result for {@code line}: proven or not, or a value from below the baseline to past the target */
  public static Arbitrary<IndicatorResult> result(IndicatorLine line) {
    if (line.kind() == IndicatorKind.ACTION) {
      return Arbitraries.of(true, false).map(p -> IndicatorResult.proven(line.id(), p));
    }
    return Arbitraries.integers().between(-1200, 2200).map(v -> IndicatorResult.measured(line.id(), BigDecimal.valueOf(v)));
  }
}
