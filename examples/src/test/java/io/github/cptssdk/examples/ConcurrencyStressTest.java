package io.github.cptssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.CptsValidator;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.synth.SynthParameters;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.contract.ContractJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Engines and referentials are immutable and thread-safe (issue 7): {@value #THREADS} threads, released
 * together by a latch, run funding, eligibility, territory profiles, indicator calculations, CSV reading and
 * FHIR mapping {@value #ITERATIONS} times each on shared instances, and every result must equal the one
 * computed beforehand on a single thread. Not timed: it fails only on a different result or an exception.
 */
class ConcurrencyStressTest {

  static final int THREADS = 8;
  static final int ITERATIONS = 6;

  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  private static final Map<String, Supplier<Object>> TASKS = new LinkedHashMap<>();
  private static final Map<String, Object> EXPECTED = new LinkedHashMap<>();

  @BeforeAll
  static void shared() throws Exception {
    CommuneReferential referential = CommuneReferential.official();
    AciFunding funding = AciFunding.official();
    AciRules rules = AciRules.official();
    Cpts sete = CptsJson.read(Path.of("data/cpts-sete.json"));
    Cpts nancy = CptsJson.read(Path.of("data/cpts-nancy.json"));
    AciContract contract = ContractJson.readContract(Path.of("data/contract-sete.json"));
    YearResults results = ContractJson.readResults(Path.of("data/contract-sete-results-year2.json"));
    IndicatorEngine engine = IndicatorEngine.builder().referential(referential)
        .territories(Map.of(CptsId.of("cpts-sete"), sete.territory(), CptsId.of("cpts-nancy"), nancy.territory())).year(2025).build();
    SyntheticPopulation population = SyntheticPopulation.of(referential, sete.territory(),
        SynthParameters.builder(2025).rowsPerInhabitant(0.01).build(), 5);
    PatientBatch batch = population.toBatch(engine.dictionary());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    population.writeCsv(csv);
    byte[] csvBytes = csv.toByteArray();
    PatientCsvReader reader = PatientCsvReader.of(engine.dictionary());
    String bundle = FhirMapper.toJson(FhirMapper.toBundle(sete, BundleType.COLLECTION));

    TASKS.put("funding year", () -> ContractJson.writeFunding(List.of(funding.year(contract, 2, results))));
    TASKS.put("funding projection", () -> ContractJson.writeFunding(funding.projection(contract, y -> results)));
    TASKS.put("simulation", () -> ContractJson.writeSimulation(funding.simulate(131_216, DATE, rules.at(DATE).coreMissions(DATE))));
    TASKS.put("contract validation", () -> rules.validate(contract).issues());
    TASKS.put("eligibility", () -> rules.eligibility(sete, DATE, List.of(nancy)).issues());
    TASKS.put("cpts validation", () -> CptsValidator.get().validate(nancy, referential).issues());
    TASKS.put("territory profile", () -> referential.profile(sete.territory()));
    TASKS.put("epci territory", () -> referential.epciTerritory(io.github.cptssdk.core.id.EpciCode.parse("243400769")));
    TASKS.put("indicators batch", () -> view(engine.compute(batch, 1)));
    TASKS.put("indicators split", () -> view(engine.compute(batch, 3)));
    TASKS.put("indicators stream", () -> view(engine.compute(population.stream())));
    TASKS.put("patient csv", () -> {
      List<Integer> sizes = new ArrayList<>();
      return List.of(reader.read(new ByteArrayInputStream(csvBytes), b -> sizes.add(b.size())), sizes);
    });
    TASKS.put("fhir export", () -> FhirMapper.toJson(FhirMapper.toBundle(sete, BundleType.TRANSACTION)));
    TASKS.put("fhir import", () -> List.of(FhirMapper.fromText(bundle).cpts(), FhirMapper.fromText(bundle).report().issues()));
    TASKS.put("cpts json", () -> CptsJson.write(CptsJson.readString(CptsJson.write(nancy))));
    for (Map.Entry<String, Supplier<Object>> t : TASKS.entrySet()) {
      long began = System.nanoTime();
      EXPECTED.put(t.getKey(), t.getValue().get());
      System.out.printf("single-threaded %s: %d ms%n", t.getKey(), (System.nanoTime() - began) / 1_000_000);
    }
  }

  private static Object view(IndicatorReport r) {
    return List.of(r.published(), r.unmasked());
  }

  @Test
  void sharedInstancesGiveTheSingleThreadedResults() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ConcurrentLinkedQueue<String> differences = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<String> names = new ArrayList<>(TASKS.keySet());
    List<Future<Integer>> done = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        done.add(pool.submit(() -> {
          start.await();
          int runs = 0;
          for (int i = 0; i < ITERATIONS; i++) {
            for (int k = 0; k < names.size(); k++) {
              String name = names.get((k + offset + i) % names.size()); // threads interleave different tasks
              Object got = TASKS.get(name).get();
              if (!Objects.equals(got, EXPECTED.get(name))) {
                differences.add(name + " differs in thread " + offset + ", iteration " + i);
              }
              runs++;
            }
          }
          return runs;
        }));
      }
      long began = System.nanoTime();
      start.countDown();
      int runs = 0;
      for (Future<Integer> f : done) {
        runs += f.get(5, TimeUnit.MINUTES);
      }
      System.out.printf("concurrency stress: %d threads x %d iterations x %d tasks = %d runs in %d ms%n",
          THREADS, ITERATIONS, names.size(), runs, (System.nanoTime() - began) / 1_000_000);
      assertThat(runs).isEqualTo(THREADS * ITERATIONS * names.size());
    } finally {
      pool.shutdownNow();
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void theTasksCompareWholeResults() {
    // Guard: the comparison must see a change (otherwise the stress test could not fail).
    assertThat(EXPECTED.get("indicators batch")).isNotEqualTo(EXPECTED.get("indicators split").toString());
    assertThat(EXPECTED).allSatisfy((k, v) -> assertThat(v).as(k).isNotNull());
    assertThat(Files.exists(Path.of("data/cpts-sete.json"))).isTrue();
  }
}
