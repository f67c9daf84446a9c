package io.github.cptssdk.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cptssdk.core.testing.AciArbitraries;
import io.github.cptssdk.core.testing.FuzzBudget;
import io.github.cptssdk.core.testing.FuzzOracle;
import io.github.cptssdk.core.testing.Mutations;
import io.github.cptssdk.core.testing.Uses;
import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.json.contract.ContractJson;
import io.github.cptssdk.json.contract.ContractJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzz suite of the contract and results readers ({@link ContractJson}, issue 7): mutated valid documents
 * are read or rejected with a {@link ContractJsonException} (a code and the JSON path), never anything
 * else; every accepted document is then used ({@link #CONTRACT_USES}, {@link #RESULT_USES}, issue 17). Inputs per run: 2 x 100 tries x 300 byte mutations + 2 x 50 tries x 300 structural mutations
 * = 90 000 inside {@code mvn verify}, 300 000 (1 000 per try) with {@code -Dcpts.heavy=true}.
 */
class ContractJsonFuzzTest {

  static final int PER_TRY = FuzzBudget.perTry(300, 1_000);
  private static final List<byte[]> CONTRACTS = new ArrayList<>();
  private static final List<byte[]> RESULTS = new ArrayList<>();
  private static final FuzzOracle ORACLE = new FuzzOracle("ContractJson", ContractJsonFuzzTest::located);
  private static final AciContract SETE = ContractJson.readContract(text(file("contract-sete.json")));
  /**
   * What a user runs next on an accepted contract (issue 17): validation and the round trip of each, the funding
   * of every year and the projection of one in 20 (22 000 contracts are accepted per run: the funding of all
   * took 2 minutes).
   */
  static final Uses<AciContract> CONTRACT_USES = Uses.<AciContract>of("validate", c -> AciRules.official().validate(c))
      .sampled(20, "funding of every year", c -> {
        for (int year = 1; year <= 5; year++) {
          AciFunding.official().year(c, year, YearResults.none());
          AciFunding.official().year(c, year, YearResults.allMet());
        }
      })
      .sampled(20, "five-year projection", c -> AciFunding.official().projection(c))
      .and("JSON round trip", c -> assertThat(ContractJson.readContract(ContractJson.writeContract(c))).isEqualTo(c));
  /** What a user runs next on accepted results: the funding of a year of a contract. */
  static final Uses<YearResults> RESULT_USES = Uses.<YearResults>of("JSON as accepted", r -> assertThat(r).isNotNull())
      .sampled(5, "funding of the year", r -> AciFunding.official().year(SETE, 2, r));

  static {
    CONTRACTS.add(file("contract-sete.json"));
    RESULTS.add(file("contract-sete-results-year2.json"));
    AciArbitraries.contracts().sampleStream().limit(5).forEach(c -> {
      CONTRACTS.add(ContractJson.writeContract(c).getBytes(StandardCharsets.UTF_8));
      RESULTS.add(resultsOf(AciArbitraries.results(c).sample()));
    });
  }

  private static final List<JsonNode> CONTRACT_TREES = trees(CONTRACTS);
  private static final List<JsonNode> RESULT_TREES = trees(RESULTS);

  private static boolean located(Exception e) {
    return e instanceof ContractJsonException c && c.path().startsWith("$");
  }

  private static byte[] file(String name) {
    try {
      return Files.readAllBytes(Path.of("../examples/data", name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] resultsOf(io.github.cptssdk.core.aci.YearResults results) {
    StringBuilder sb = new StringBuilder("{\"schema\":\"cpts-aci-results/1\",\"year\":1,\"crisisRecognised\":")
        .append(results.crisisRecognised()).append(",\"results\":[");
    String sep = "";
    for (var r : results.results().values()) {
      sb.append(sep).append("{\"line\":\"").append(r.lineId()).append('"');
      if (r.proven() != null) {
        sb.append(",\"proven\":").append(r.proven());
      }
      if (r.value() != null) {
        sb.append(",\"value\":").append(r.value().toPlainString());
      }
      sb.append('}');
      sep = ",";
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<JsonNode> trees(List<byte[]> docs) {
    return docs.stream().map(b -> JsonMutations.parse(new String(b, StandardCharsets.UTF_8))).toList();
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Property(tries = 100, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void mutatedContractsAreReadOrRejectedWithACodeAndAPath(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = Mutations.mutate(CONTRACTS.get(r.nextInt(CONTRACTS.size())), r);
      ORACLE.check(seed, input, () -> ContractJson.readContract(text(input)), CONTRACT_USES);
    }
  }

  @Property(tries = 100, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void mutatedResultsAreReadOrRejectedWithACodeAndAPath(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = Mutations.mutate(RESULTS.get(r.nextInt(RESULTS.size())), r);
      ORACLE.check(seed, input, () -> ContractJson.readResults(text(input)), RESULT_USES);
    }
  }

  @Property(tries = 50, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void structurallyMutatedContractsAreReadOrRejected(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = JsonMutations.mutate(CONTRACT_TREES.get(r.nextInt(CONTRACT_TREES.size())), r);
      ORACLE.check(seed, input, () -> ContractJson.readContract(text(input)), CONTRACT_USES);
    }
  }

  @Property(tries = 50, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void structurallyMutatedResultsAreReadOrRejected(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = JsonMutations.mutate(RESULT_TREES.get(r.nextInt(RESULT_TREES.size())), r);
      ORACLE.check(seed, input, () -> ContractJson.readResults(text(input)), RESULT_USES);
    }
  }

  @AfterContainer
  static void summary() {
    System.out.println(ORACLE);
    assertThat(ORACLE.rejectedByCode()).as("mutations reach every check").containsKeys("CPTS-0650", "CPTS-0652");
    assertThat(ORACLE.neverUsed(CONTRACT_USES)).as("steps never run on a contract").isEmpty();
    assertThat(ORACLE.neverUsed(RESULT_USES)).as("steps never run on results").isEmpty();
  }
}
