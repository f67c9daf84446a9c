package io.github.cptssdk.indicators.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.Trend;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The path of {@code ./cpts demo}: three real territories (EPCI Sète, Loches Sud Touraine, Grand
 * Nancy) from the official referential, a seeded synthetic population in memory, indicators of 2025
 * with their trend against 2024.
 */
class DemoTerritoriesTest {

  private static final CommuneReferential REF = CommuneReferential.official();
  private static final Map<CptsId, Territory> CPTS = Map.of(
      CptsId.of("cpts-sete"), REF.epciTerritory(EpciCode.parse("200066355")),
      CptsId.of("cpts-loches"), REF.epciTerritory(EpciCode.parse("200071587")),
      CptsId.of("cpts-nancy"), REF.epciTerritory(EpciCode.parse("245400676")));

  private static IndicatorReport run(IndicatorEngine engine, long seed) {
    SynthParameters p = SynthParameters.defaults(engine.year());
    return SyntheticPopulation.of(REF, CPTS.values(), p, seed).report(engine);
  }

  @Test
  void threeCptsWithTheirTrends() {
    IndicatorEngine engine = IndicatorEngine.builder().referential(REF).territories(CPTS).year(2025).build();
    IndicatorReport now = run(engine, 7);
    IndicatorReport before = run(engine.withYear(2024), 8);
    assertThat(now.areas(Area.Level.CPTS)).extracting(Area::code).containsExactly("cpts-loches", "cpts-nancy", "cpts-sete");
    for (Area cpts : now.areas(Area.Level.CPTS)) {
      long inhabitants = REF.profile(CPTS.get(CptsId.of(cpts.code()))).population();
      long adults = now.unmasked(cpts).get(Indicator.NO_MT_16_PLUS.ordinal()).denominator();
      assertThat(adults).as(cpts.code()).isBetween(inhabitants * 70 / 100, inhabitants * 90 / 100);
      List<Trend> trends = now.trends(cpts, before);
      assertThat(trends).hasSize(Indicator.values().length);
      assertThat(trends.get(Indicator.NO_MT_17_PLUS.ordinal()).rateChange()).isPresent();
    }
    assertThat(run(engine, 7).unmasked()).isEqualTo(now.unmasked());
  }

  @Test
  void everyEpciOfFranceAtOnceRollsUpToDepartmentsAndRegions() {
    Map<CptsId, Territory> all = new java.util.TreeMap<>();
    REF.epcis().forEach(e -> all.put(CptsId.of("cpts-" + e.code().value()), REF.epciTerritory(e.code())));
    IndicatorEngine engine = IndicatorEngine.builder().referential(REF).territories(all).year(2025).build();
    SyntheticPopulation france = SyntheticPopulation.france(REF, SynthParameters.builder(2025).rowsPerInhabitant(0.0004).build(), 3);
    IndicatorReport report = france.report(engine);
    assertThat(report.areas(Area.Level.CPTS)).hasSize(all.size());
    long nationalAdults = 0;
    for (Area region : report.areas(Area.Level.REGION)) {
      long[] sum = new long[Indicator.values().length];
      REF.departments().stream().filter(d -> d.regionCode().equals(region.code())).forEach(d ->
          report.areas(Area.Level.DEPARTMENT).stream().filter(a -> a.code().equals(d.code())).findFirst().ifPresent(a -> {
            List<IndicatorResult> r = report.unmasked(a);
            for (Indicator i : Indicator.values()) {
              sum[i.ordinal()] += r.get(i.ordinal()).denominator() * 1_000_000L + r.get(i.ordinal()).numerator();
            }
          }));
      for (Indicator i : Indicator.values()) {
        IndicatorResult r = report.unmasked(region).get(i.ordinal());
        assertThat(r.denominator() * 1_000_000L + r.numerator()).as("%s %s", region, i).isEqualTo(sum[i.ordinal()]);
      }
      nationalAdults += report.unmasked(region).get(Indicator.NO_MT_16_PLUS.ordinal()).denominator();
    }
    long rows = france.stream().filter(p -> p.ageIn(2025) >= 16).count();
    assertThat(nationalAdults).isEqualTo(rows);
    report.published().forEach((area, values) -> values.stream().filter(v -> !v.suppression().masked())
        .filter(v -> v.indicator().isPatientLevel()).forEach(v -> assertThat(v.numerator().getAsLong()).isGreaterThanOrEqualTo(11)));
  }
}
