package io.github.cptssdk.benchmarks.indicators;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.synth.SynthParameters;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Data shared by the indicator benchmarks: the referential (the official one, or the commune table
 * CSV named by the environment variable {@code CPTS_COMMUNES}), one CPTS per EPCI (1 255 overlapping
 * nothing, every commune of an EPCI), the synthetic population of France at a given scale.
 */
final class BenchData {

  static final int YEAR = 2025;
  static final long SEED = 7;
  static final double FRANCE = 68_952_941d;

  private BenchData() {}

  static CommuneReferential referential() {
    return CommuneReferential.official();
  }

  /** @return one CPTS per EPCI, named after its SIREN */
  static Map<CptsId, Territory> territories(CommuneReferential r) {
    Map<CptsId, Territory> m = new TreeMap<>();
    for (Epci e : r.epcis()) {
      m.put(CptsId.of("cpts-" + e.code().value()), Territory.of(e.members()));
    }
    return m;
  }

  static IndicatorEngine engine(CommuneReferential r, CommuneDictionary dict) {
    return IndicatorEngine.builder().referential(r).dictionary(dict).territories(territories(r)).year(YEAR).build();
  }

  static SyntheticPopulation population(CommuneReferential r, long rows) {
    return SyntheticPopulation.france(r, SynthParameters.builder(YEAR).rowsPerInhabitant(rows / FRANCE).build(), SEED);
  }

  /** @return the CSV of the population, written once into the temporary directory */
  static Path csv(SyntheticPopulation pop, long rows) {
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "cpts-bench-patients-" + rows + ".csv");
    if (!Files.exists(file)) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        pop.writeCsv(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** @return rows (commune code, area key) of every commune: its CPTS, department and region */
  static List<String[]> areaMap(CommuneReferential r) {
    Map<String, List<String>> cptsOf = new TreeMap<>();
    for (Epci e : r.epcis()) {
      for (CommuneCode c : e.members()) {
        cptsOf.computeIfAbsent(c.value(), k -> new ArrayList<>()).add("cpts:" + e.code().value());
      }
    }
    List<Commune> all = new ArrayList<>(r.communes());
    all.addAll(r.municipalArrondissements());
    List<String[]> rows = new ArrayList<>();
    for (Commune c : all) {
      String code = c.code().value();
      CommuneCode parent = c.code().parentCityCode();
      List<String> cpts = cptsOf.getOrDefault(code, parent != null && c.kind() == Commune.Kind.MUNICIPAL_ARRONDISSEMENT
          ? cptsOf.getOrDefault(parent.value(), List.of()) : List.of());
      cpts.forEach(a -> rows.add(new String[] {code, a}));
      rows.add(new String[] {code, "department:" + c.departmentCode()});
      rows.add(new String[] {code, "region:" + c.regionCode()});
    }
    return rows;
  }
}
