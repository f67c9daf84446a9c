package io.github.cptssdk.core.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.testing.AciArbitraries;
import io.github.cptssdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

class AciPropertiesTest {

  private static final AciRules RULES = AciRules.official();
  private static final AciFunding FUNDING = AciFunding.of(RULES,
      FigurePolicy.nationalDefaults().accepting(EvidenceStatus.OBSERVED, EvidenceStatus.INFERRED));

  @Provide
  Arbitrary<Tuple2<AciContract, YearResults>> contractsWithResults() {
    return AciArbitraries.contracts().flatMap(c -> AciArbitraries.results(c).map(r -> Tuple.of(c, r)));
  }

  @Property(tries = 200)
  void earnedNeverExceedsTheEnvelope(@ForAll("contractsWithResults") Tuple2<AciContract, YearResults> cr,
      @ForAll @IntRange(min = 1, max = 5) int year) {
    for (FundingLine l : FUNDING.year(cr.get1(), year, cr.get2()).lines()) {
      if (l.earned().isKnown() && l.envelope().isKnown()) {
        assertThat(l.earned().euros()).as(l.name()).isLessThanOrEqualTo(l.envelope().euros());
        assertThat(l.earned().euros().isNegative()).isFalse();
      }
    }
  }

  @Property(tries = 200)
  void paymentsAddUpExactlyToTheKnownAnnualAmounts(@ForAll("contractsWithResults") Tuple2<AciContract, YearResults> cr,
      @ForAll @IntRange(min = 1, max = 5) int year) {
    ContractYearFunding f = FUNDING.year(cr.get1(), year, cr.get2());
    assertThat(f.paid()).isEqualTo(f.knownEarned());
    for (FundingLine l : f.lines()) {
      Euros paid = f.payments().stream().filter(p -> p.item() == l.item() && p.mission() == l.mission())
          .map(Payment::amount).reduce(Euros.ZERO, Euros::plus);
      assertThat(paid).as(l.name()).isEqualTo(l.earned().value().orElse(Euros.ZERO));
    }
    Statistics.label("version").collect(f.versionId());
  }

  @Property(tries = 300)
  void attainmentIsMonotone(@ForAll("lines") IndicatorLine line, @ForAll @IntRange(min = -1200, max = 2200) int a,
      @ForAll @IntRange(min = 0, max = 800) int step, @ForAll AttainmentFormula formula) {
    boolean dec = line.decreasing();
    int worse = a;
    int better = dec ? a - step : a + step;
    Euros e1 = earned(line, worse, formula);
    Euros e2 = earned(line, better, formula);
    assertThat(e1).isLessThanOrEqualTo(e2);
    assertThat(e2).isLessThanOrEqualTo(line.amount());
  }

  @Property(tries = 100)
  void provenActionEarnsAtLeastUnproven(@ForAll("lines") IndicatorLine line) {
    AciContract c = single(line);
    YearResults yes = YearResults.of(List.of(IndicatorResult.proven(line.id(), true)), false);
    YearResults no = YearResults.of(List.of(IndicatorResult.proven(line.id(), false)), false);
    assertThat(variable(c, yes)).isGreaterThanOrEqualTo(variable(c, no));
  }

  @Property
  void proratingIsBoundedAndExactAtTheAnniversary(@ForAll @LongRange(max = 50_000_000L) long cents,
      @ForAll("datesInForce") LocalDate signed, @ForAll @IntRange(min = 0, max = 400) int offset) {
    AciContract c = AciContract.of(io.github.cptssdk.core.model.CptsId.of("p"), signed, SizeBand.SIZE_1, List.of(
        new ContractMission(io.github.cptssdk.core.model.Mission.ACCESS_TO_CARE, signed.plusDays(offset),
            Euros.ofCents(cents), List.of())));
    DateRange year1 = c.year(1);
    FundingLine fixed = FUNDING.year(c, 1, YearResults.none()).lines().stream()
        .filter(l -> l.item() == FundingItem.MISSION_FIXED).findFirst().orElseThrow();
    Euros earned = fixed.earned().euros();
    assertThat(earned).isBetween(Euros.ZERO, Euros.ofCents(cents));
    long days = ChronoUnit.DAYS.between(signed.plusDays(offset), year1.end());
    if (offset == 0) {
      assertThat(earned).isEqualTo(Euros.ofCents(cents));
    } else if (days > 0) {
      assertThat(earned).isEqualTo(Euros.ofCents(cents * days / year1.lengthInDays()));
    }
    Statistics.label("start").collect(offset == 0 ? "at signature" : days <= 0 ? "after year 1" : "prorated");
  }

  @Property
  void theVersionChosenForADateIsTheOneWhoseValidityContainsIt(@ForAll("dates") LocalDate date) {
    LocalDate first = RULES.versions().get(0).validity().start();
    if (date.isBefore(first)) {
      assertThatThrownBy(() -> RULES.at(date)).hasMessageStartingWith("CPTS-0400");
    } else {
      AciVersion v = RULES.at(date);
      assertThat(v.validity().contains(date)).isTrue();
      assertThat(RULES.versions().stream().filter(x -> x.validity().contains(date))).containsExactly(v);
    }
    Statistics.label("boundary").collect(AciArbitraries.BOUNDARIES.contains(date));
  }

  @Property
  void sizeBandIsMonotoneInPopulation(@ForAll @LongRange(max = 3_000_000) long a, @ForAll @LongRange(max = 3_000_000) long b,
      @ForAll("datesInForce") LocalDate date) {
    AciVersion v = RULES.at(date);
    long lo = Math.min(a, b);
    long hi = Math.max(a, b);
    assertThat(v.sizeBand(lo).compareTo(v.sizeBand(hi))).isLessThanOrEqualTo(0);
  }

  @Property(tries = 200)
  void validationNeverThrowsAndEveryIssueHasACodeInRange(@ForAll("contracts") AciContract c) {
    for (var issue : RULES.validate(c).issues()) {
      assertThat(issue.code()).matches("CPTS-0[456]\\d\\d");
      assertThat(issue.message().fr()).isNotBlank();
    }
  }

  @Property(tries = 100)
  void eurosParseReadsToString(@ForAll long cents) {
    Euros e = Euros.ofCents(cents);
    assertThat(Euros.parse(e.toString())).isEqualTo(e);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return AciArbitraries.dates();
  }

  @Provide
  Arbitrary<LocalDate> datesInForce() {
    return AciArbitraries.datesInForce();
  }

  @Provide
  Arbitrary<AciContract> contracts() {
    return AciArbitraries.contracts();
  }

  @Provide
  Arbitrary<IndicatorLine> lines() {
    return Combinators.combine(AciArbitraries.indicatorLines(), Arbitraries.just(0)).as((l, x) -> l);
  }

  private static Euros earned(IndicatorLine line, int value, AttainmentFormula formula) {
    YearResults r = YearResults.of(List.of(IndicatorResult.measured(line.id(), BigDecimal.valueOf(value))), false);
    return variable(single(line).withFormula(formula), r);
  }

  private static AciContract single(IndicatorLine line) {
    LocalDate signed = LocalDate.of(2023, 1, 1);
    return AciContract.of(io.github.cptssdk.core.model.CptsId.of("m"), signed, SizeBand.SIZE_2, List.of(
        new ContractMission(io.github.cptssdk.core.model.Mission.PREVENTION, signed, Euros.ZERO, List.of(line))));
  }

  private static Euros variable(AciContract c, YearResults r) {
    return FUNDING.year(c, 1, r).lines().stream().filter(l -> l.item() == FundingItem.MISSION_VARIABLE)
        .findFirst().orElseThrow().earned().euros();
  }
}
