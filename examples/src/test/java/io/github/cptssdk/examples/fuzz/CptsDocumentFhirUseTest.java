package io.github.cptssdk.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.testing.FuzzOracle;
import io.github.cptssdk.core.testing.ModelArbitraries;
import io.github.cptssdk.core.testing.Mutations;
import io.github.cptssdk.core.testing.Uses;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.InvalidDocumentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.hl7.fhir.r4.model.Bundle.BundleType;

/**
 * "Accepted, then used" across modules (issue 17): every CPTS document that {@link CptsJson} accepts from mutated
 * documents (the three example documents and five generated ones) is exported to FHIR JSON and imported back to an
 * equal CPTS, and one in 5 to FHIR XML and back; the only outcomes allowed are an equal CPTS or a coded exception.
 * The uses within cpts-json (validate, eligibility, profile, JSON round trip) run in its own fuzz suite; this one
 * lives in examples because cpts-json and cpts-fhir-adapter do not depend on each other. HAPI is slow: 30 tries x
 * 100 inputs = 3 000 per run.
 */
class CptsDocumentFhirUseTest {

  static final int PER_TRY = Integer.getInteger("cpts.fuzz.perTry", 100);
  private static final List<byte[]> VALID = valid();
  private static final FuzzOracle ORACLE = new FuzzOracle("CptsJson then FHIR",
      e -> e instanceof InvalidDocumentException d && d.path().startsWith("$"));
  static final Uses<Cpts> USES = Uses.<Cpts>of("FHIR JSON export and re-import",
          c -> assertThat(FhirMapper.fromText(FhirMapper.toJson(FhirMapper.toBundle(c, BundleType.COLLECTION))).cpts())
              .isEqualTo(c))
      .sampled(5, "FHIR XML export and re-import",
          c -> assertThat(FhirMapper.fromText(FhirMapper.toXml(FhirMapper.toBundle(c, BundleType.TRANSACTION))).cpts())
              .isEqualTo(c));

  private static List<byte[]> valid() {
    List<byte[]> out = new ArrayList<>();
    for (String name : List.of("cpts-sete.json", "cpts-nancy.json", "cpts-loches.json")) {
      try {
        out.add(Files.readAllBytes(Path.of("data", name)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    ModelArbitraries.cpts().sampleStream().map(c -> CptsJson.write(c).getBytes(StandardCharsets.UTF_8))
        .filter(b -> b.length < 6_000).limit(5).forEach(out::add);
    return out;
  }

  @Property(tries = 30, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void everyAcceptedDocumentIsExportedToFhirAndImportedBackEqual(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = Mutations.mutate(VALID.get(r.nextInt(VALID.size())), r);
      ORACLE.check(seed, input, () -> CptsJson.read(new ByteArrayInputStream(input)), USES);
    }
  }

  @AfterContainer
  static void summary() {
    System.out.println(ORACLE);
    assertThat(ORACLE.usedByOutcome()).containsKeys("FHIR JSON export and re-import ok", "FHIR XML export and re-import ok");
  }
}
