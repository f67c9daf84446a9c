package io.github.cptssdk.indicators.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorException;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.PatientRecord;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {

  private static final CommuneReferential REF = TestReferential.get();
  private static final Territory SETE = REF.epciTerritory(EpciCode.parse(TestReferential.SETE_EPCI));

  @Test
  void isDeterministicAndWeightedByPopulation() {
    SyntheticPopulation pop = SyntheticPopulation.of(REF, SETE, SynthParameters.builder(2025).rowsPerInhabitant(0.1).build(), 7);
    List<PatientRecord> a = pop.stream().toList();
    List<PatientRecord> b = pop.stream().toList();
    assertThat(a).isEqualTo(b);
    assertThat((long) a.size()).isBetween(pop.expectedSize() - 3, pop.expectedSize() + 3);
    long sete = a.stream().filter(p -> p.commune().value().equals("34301")).count();
    assertThat(sete).isBetween(4399L, 4401L);
    SyntheticPopulation other = SyntheticPopulation.of(REF, SETE, SynthParameters.builder(2025).rowsPerInhabitant(0.1).build(), 8);
    assertThat(other.stream().toList()).isNotEqualTo(a);
  }

  @Test
  void parisIsGeneratedByArrondissement() {
    SyntheticPopulation pop = SyntheticPopulation.of(REF, Territory.parse("75056"), SynthParameters.builder(2025).rowsPerInhabitant(0.01).build(), 1);
    assertThat(pop.communes()).extracting(c -> c.code().value()).containsExactly("75101", "75102");
  }

  @Test
  void ratesFollowTheParameters() {
    SynthParameters params = SynthParameters.defaults(2025);
    SyntheticPopulation pop = SyntheticPopulation.of(REF, SETE, params, 42);
    CommuneDictionary dict = CommuneDictionary.of(REF);
    IndicatorEngine engine = IndicatorEngine.builder().referential(REF).dictionary(dict)
        .territories(Map.of(CptsId.of("cpts-sete"), SETE)).year(2025).build();
    IndicatorReport report = engine.compute(pop.toBatch(dict), 2);
    List<IndicatorResult> r = report.unmasked(report.cpts(CptsId.of("cpts-sete")).orElseThrow());
    assertThat(rate(r, Indicator.BREAST_SCREENING)).isCloseTo(params.breastRate(), org.assertj.core.data.Offset.offset(0.02));
    assertThat(rate(r, Indicator.COLORECTAL_SCREENING)).isCloseTo(params.colorectalRate(), org.assertj.core.data.Offset.offset(0.02));
    assertThat(rate(r, Indicator.FLU_VACCINATION_65_PLUS)).isCloseTo(params.fluRate(), org.assertj.core.data.Offset.offset(0.02));
    assertThat(rate(r, Indicator.CERVICAL_SCREENING)).isCloseTo(params.cervicalRate(), org.assertj.core.data.Offset.offset(0.02));
    assertThat(rate(r, Indicator.NO_MT_ALD)).isCloseTo(params.noMtRateAld(), org.assertj.core.data.Offset.offset(0.02));
    assertThat(rate(r, Indicator.NO_MT_17_PLUS)).isBetween(0.09, 0.11);
    assertThat(r.get(Indicator.NO_MT_17_PLUS.ordinal()).denominator()).isBetween((long) (0.75 * pop.expectedSize()), (long) (0.85 * pop.expectedSize()));
  }

  private static double rate(List<IndicatorResult> r, Indicator i) {
    return r.get(i.ordinal()).rate().orElseThrow().doubleValue();
  }

  @Test
  void csvBatchAndStreamGiveTheSameIndicators() {
    SyntheticPopulation pop = SyntheticPopulation.of(REF, SETE.union(Territory.parse("75056", "30189")),
        SynthParameters.builder(2025).rowsPerInhabitant(0.02).build(), 3);
    CommuneDictionary dict = CommuneDictionary.of(REF);
    Map<CptsId, Territory> t = Map.of(CptsId.of("cpts-sete"), SETE, CptsId.of("cpts-paris"), Territory.parse("75056"));
    IndicatorEngine engine = IndicatorEngine.builder().referential(REF).dictionary(dict).territories(t).year(2025).build();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    long rows = pop.writeCsv(csv);
    List<PatientBatch> batches = new ArrayList<>();
    PatientCsvReader.of(dict).withBatchSize(1000).read(new ByteArrayInputStream(csv.toByteArray()), batches::add);
    var acc = engine.newAccumulator();
    batches.forEach(acc::accept);
    List<PatientRecord> records = pop.stream().toList();
    assertThat((long) records.size()).isEqualTo(rows);
    IndicatorReport fromCsv = acc.report();
    assertThat(fromCsv.unmasked()).isEqualTo(engine.compute(records.stream()).unmasked());
    assertThat(fromCsv.unmasked()).isEqualTo(engine.compute(pop.toBatch(dict), 3).unmasked());
    List<PatientBatch> generated = new ArrayList<>();
    pop.forEachBatch(dict, 777, generated::add);
    var acc2 = engine.newAccumulator();
    generated.forEach(acc2::accept);
    assertThat(acc2.report().unmasked()).isEqualTo(fromCsv.unmasked());
  }

  @Test
  void badParametersAreRejectedWithACode() {
    assertThatThrownBy(() -> SynthParameters.builder(2025).noMtRate(1.5).build())
        .isInstanceOfSatisfying(IndicatorException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0730"));
    assertThatThrownBy(() -> SynthParameters.builder(2025).rowsPerInhabitant(0).build())
        .isInstanceOfSatisfying(IndicatorException.class, e -> assertThat(e.getMessage()).contains("[rowsPerInhabitant]"));
    assertThatThrownBy(() -> SyntheticPopulation.of(REF, Territory.parse("34999"), SynthParameters.defaults(2025), 1))
        .isInstanceOfSatisfying(IndicatorException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0731"));
  }

  @Test
  void theBuilderSetsEachParameterAndStartsFromAnyParameters() {
    SynthParameters p = SynthParameters.builder(2025).referenceYear(2024).rowsPerInhabitant(0.5).femaleShare(0.1)
        .noMtRate(0.2).noMtRateAld(0.3).aldRate(0.4).c2sRate(0.5).breastRate(0.6).colorectalRate(0.7).cervicalRate(0.8)
        .fluRate(0.9).build();
    assertThat(p).isEqualTo(new SynthParameters(2024, 0.5, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9));
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThat(SynthParameters.defaults(2025).toBuilder().fluRate(0.6).build())
        .isEqualTo(new SynthParameters(2025, 1.0, 0.516, 0.11, 0.055, 0.19, 0.11, 0.465, 0.342, 0.59, 0.6));
  }
}
