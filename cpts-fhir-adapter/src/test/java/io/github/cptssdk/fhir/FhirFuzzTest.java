package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.testing.FuzzBudget;
import io.github.cptssdk.core.testing.FuzzOracle;
import io.github.cptssdk.core.model.CptsValidator;
import io.github.cptssdk.core.testing.Mutations;
import io.github.cptssdk.core.testing.Uses;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.hl7.fhir.r4.model.Bundle.BundleType;

/**
 * Fuzz suite of the FHIR import ({@link FhirMapper#fromText}, issue 7): mutated FHIR JSON and XML bundles
 * (ours and another system's) are imported with a report whose entries all carry a code and a FHIRPath,
 * or rejected with a {@link FhirImportException} (CPTS-0801/0804 for the whole bundle, CPTS-0802 with
 * line and column, CPTS-0830..0832 for a {@link FhirReadLimits#DEFAULTS} limit), never anything else. HAPI parsing is slow: inputs per run are 40 tries x 40 JSON
 * bundles + 25 tries x 40 XML bundles = 2 600 inside {@code mvn verify}, 6 500 (100 per try) with
 * {@code -Dcpts.heavy=true}.
 */
class FhirFuzzTest {

  static final int PER_TRY = FuzzBudget.perTry(40, 100);
  static final int VALIDATE_EVERY = 500;
  private static final List<String> JSON = List.of(
      FhirMapper.toJson(FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION)),
      FhirMapper.toJson(FhirMapper.toBundle(Examples.thau(), BundleType.TRANSACTION)), foreign());
  private static final List<String> XML = List.of(
      FhirMapper.toXml(FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION)),
      FhirMapper.toXml(FhirMapper.toBundle(Examples.thau(), BundleType.TRANSACTION)));
  private static final FuzzOracle ORACLE = new FuzzOracle("FhirMapper.fromText", FhirFuzzTest::located);

  private static boolean located(CptsException e) {
    if (e instanceof FhirFormatException f && f.code().equals(FhirFormatException.TOO_LONG)) {
      return f.line() == -1 && (e.getMessage().contains("JSON") || e.getMessage().contains("XML"));
    }
    if (e instanceof FhirFormatException f) {
      // CPTS-0802 (malformed), CPTS-0831/0832 (a read limit) carry the line and column, without digit grouping.
      return f.line() >= -1 && e.getMessage().matches("(?s).* line " + f.line() + ", column " + f.column() + "\\b.*");
    }
    return e instanceof FhirImportException && List.of("CPTS-0801", "CPTS-0804").contains(e.code());
  }

  private static String foreign() {
    try (InputStream in = FhirFuzzTest.class.getResourceAsStream("/foreign/other-system-bundle.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FhirImport importText(byte[] input) {
    FhirImport result = FhirMapper.fromText(new String(input, StandardCharsets.UTF_8));
    for (ValidationIssue issue : result.report().issues()) {
      assertThat(issue.code()).matches(FuzzOracle.CODE);
      assertThat(issue.path()).isNotNull();
    }
    return result;
  }

  /**
   * What a user runs next on an imported bundle (issue 17): validate the CPTS, export it again and import the
   * export back to an equal CPTS, and (one import in {@value #VALIDATE_EVERY}: HAPI's validator is slow)
   * validate the export against FR Core.
   */
  static final Uses<FhirImport> USES = Uses.<FhirImport>of("validate", i -> CptsValidator.get().validate(i.cpts()))
      .and("re-export and re-import (JSON)", i -> assertThat(FhirMapper.fromText(FhirMapper.toJson(
          FhirMapper.toBundle(i.cpts(), BundleType.COLLECTION))).cpts()).isEqualTo(i.cpts()))
      .sampled(10, "re-export and re-import (XML)", i -> assertThat(FhirMapper.fromText(FhirMapper.toXml(
          FhirMapper.toBundle(i.cpts(), BundleType.TRANSACTION))).cpts()).isEqualTo(i.cpts()))
      .sampled(VALIDATE_EVERY, "FR Core validation of the export",
          i -> SharedFhir.validator().validate(FhirMapper.toBundle(i.cpts(), BundleType.COLLECTION)));

  @Property(tries = 40, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void mutatedJsonBundlesAreImportedWithAReportOrRejectedWithACode(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = Mutations.mutate(JSON.get(r.nextInt(JSON.size())), r);
      ORACLE.check(seed, input, () -> importText(input), USES);
    }
  }

  @Property(tries = 25, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void mutatedXmlBundlesAreImportedWithAReportOrRejectedWithACode(@ForAll long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      byte[] input = Mutations.mutate(XML.get(r.nextInt(XML.size())), r);
      ORACLE.check(seed, input, () -> importText(input), USES);
    }
  }

  @AfterContainer
  static void summary() {
    System.out.println(ORACLE);
    assertThat(ORACLE.rejectedByCode()).containsKey(FhirFormatException.CODE);
    assertThat(ORACLE.neverUsed(USES)).as("steps never run on an imported bundle").isEmpty();
  }
}
