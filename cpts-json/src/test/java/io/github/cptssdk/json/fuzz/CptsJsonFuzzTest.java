package io.github.cptssdk.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cptssdk.core.testing.FuzzBudget;
import io.github.cptssdk.core.testing.FuzzOracle;
import io.github.cptssdk.core.testing.ModelArbitraries;
import io.github.cptssdk.core.testing.Mutations;
import io.github.cptssdk.core.testing.Uses;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsValidator;
import io.github.cptssdk.core.territory.CommuneReferential;
import java.time.LocalDate;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.InvalidDocumentException;
import java.io.ByteArrayInputStream;
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
 * Fuzz suite of the CPTS document reader ({@link CptsJson}, issue 7): mutated valid documents are read
 * or rejected with an {@link InvalidDocumentException} (code CPTS-03xx, JSON path, line and column),
 * never anything else; every accepted document is then validated, checked for eligibility, profiled and
 * written back and read again to an equal CPTS ({@link #USES}, issue 17). Inputs per run: 300 tries x 300 byte mutations + 150 tries x 300 structural
 * mutations = 135 000 inside {@code mvn verify}, 450 000 (1 000 per try) with {@code -Dcpts.heavy=true}.
 */
class CptsJsonFuzzTest {

  static final int PER_TRY = FuzzBudget.perTry(300, 1_000);
  private static final List<byte[]> VALID = valid();
  private static final List<JsonNode> TREES = VALID.stream()
      .map(b -> JsonMutations.parse(new String(b, StandardCharsets.UTF_8))).toList();
  private static final CommuneReferential REFERENTIAL = CommuneReferential.official();
  /**
   * What a user runs next on an accepted document (issue 17): validation and the JSON round trip of each, the
   * checks on the referential of one in 4 (16 000 documents are accepted per run). FHIR export and re-import of
   * a CPTS: FhirFuzzTest.
   */
  static final Uses<Cpts> USES = Uses.<Cpts>of("validate", c -> CptsValidator.get().validate(c))
      .sampled(4, "validate on the referential", c -> CptsValidator.get().validate(c, REFERENTIAL))
      .sampled(4, "eligibility at a date", c -> AciRules.official().eligibility(c, LocalDate.of(2025, 3, 1)))
      .sampled(4, "territory profile", c -> REFERENTIAL.profile(c.territory()))
      .and("JSON round trip", c -> assertThat(CptsJson.readString(CptsJson.write(c))).isEqualTo(c));
  private static final FuzzOracle BYTES = new FuzzOracle("CptsJson (bytes)", CptsJsonFuzzTest::located);
  private static final FuzzOracle STRUCTURE = new FuzzOracle("CptsJson (structure)", CptsJsonFuzzTest::located);

  private static boolean located(Exception e) {
    return e instanceof InvalidDocumentException d && d.path().startsWith("$") && e.getMessage().contains(" at $");
  }

  private static List<byte[]> valid() {
    List<byte[]> out = new ArrayList<>();
    for (String name : List.of("cpts-sete.json", "cpts-nancy.json", "cpts-loches.json")) {
      try {
        out.add(Files.readAllBytes(Path.of("../examples/data", name)));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    ModelArbitraries.cpts().sampleStream().map(c -> CptsJson.write(c).getBytes(StandardCharsets.UTF_8))
        .filter(b -> b.length < 6_000).limit(5).forEach(out::add);
    return out;
  }

  @Property(tries = 300, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void byteMutationsAreReadOrRejectedWithACodeAndAPath(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = Mutations.mutate(VALID.get(r.nextInt(VALID.size())), r);
      BYTES.check(seed, input, () -> CptsJson.read(new ByteArrayInputStream(input)), USES);
    }
  }

  @Property(tries = 150, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void structuralMutationsAreReadOrRejectedWithACodeAndAPath(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = JsonMutations.mutate(TREES.get(r.nextInt(TREES.size())), r);
      STRUCTURE.check(seed, input, () -> CptsJson.read(new ByteArrayInputStream(input)), USES);
    }
  }

  @AfterContainer
  static void summary() {
    System.out.println(BYTES);
    System.out.println(STRUCTURE);
    assertThat(BYTES.rejectedByCode()).as("byte mutations reach several checks").hasSizeGreaterThan(3);
    assertThat(STRUCTURE.rejectedByCode()).as("structural mutations reach the binding").containsKey("CPTS-0312");
    assertThat(BYTES.neverUsed(USES)).as("steps never run on a byte mutation").isEmpty();
    assertThat(STRUCTURE.neverUsed(USES)).as("steps never run on a structural mutation").isEmpty();
  }
}
