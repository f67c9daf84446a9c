package io.github.cptssdk.examples;

import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.synth.SynthParameters;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import java.util.List;
import java.util.Map;

/** The ACI indicators of a CPTS over patient-level data (here a synthetic population). */
public final class IndicatorsExample {

  private IndicatorsExample() {}

  /** @return the published indicators of a CPTS covering Sète Agglopôle, year 2024 */
  public static List<PublishedValue> sete() {
    // tag::indicators[]
    CommuneReferential referential = CommuneReferential.official();
    Territory thau = referential.epciTerritory(EpciCode.parse("200066355"));
    CptsId id = CptsId.of("cpts-thau");

    IndicatorEngine engine = IndicatorEngine.builder()
        .referential(referential).territories(Map.of(id, thau)).year(2024).build();
    SyntheticPopulation people = SyntheticPopulation.of(referential, thau, SynthParameters.defaults(2024), 42L);
    IndicatorReport report = engine.compute(people.toBatch(engine.dictionary())); // one pass, all areas

    List<PublishedValue> values = report.published(report.cpts(id).orElseThrow());
    // numerator, denominator, rate; cells under 11 (and those that would reveal them) masked
    // end::indicators[]
    return values;
  }
}
