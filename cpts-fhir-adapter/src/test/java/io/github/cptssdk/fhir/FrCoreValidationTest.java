package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.junit.jupiter.api.Test;

/**
 * Every resource the adapter writes validates with no error against FR Core 2.2.0 (packages read from
 * ../shared/fhir), and the validator does catch real errors. One validator for the whole run
 * ({@link SharedFhir#validator()}); validation is slow, so the property runs few tries.
 */
class FrCoreValidationTest {

  /** The Thau example as a collection, with its population and size band (the extensions FR Core must resolve). */
  private static Bundle thauCollection() {
    return FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION,
        ExportOptions.none().withPopulation(98_000L).withSizeBand(SizeBand.SIZE_3));
  }

  private static String errors(ValidationReport report) {
    return report.errors().stream().map(ValidationIssue::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void exampleCollectionHasNoError() {
    Bundle b = thauCollection();
    ValidationReport report = SharedFhir.validator().validate(b);
    assertThat(report.isValid()).as(errors(report)).isTrue();
    assertThat(SharedFhir.validator().packages()).contains("hl7.fhir.fr.core#2.2.0");
  }

  /** One combined archive given as a file: the R5 extension it references with a version is resolved (issue 11). */
  @Test
  void exampleCollectionHasNoErrorWithTheCombinedArchiveAlone() {
    Bundle b = thauCollection();
    FhirValidator combined = FhirValidator.of(SharedFhir.packages().resolve("hl7.fhir.fr.core-2.2.0-combined.tgz"));
    ValidationReport report = combined.validate(b);
    assertThat(report.isValid()).as(errors(report)).isTrue();
  }

  /**
   * The plain FR Core archive alone, given as a file: the extensions {@code note|5.2.0} and
   * {@code organization-period|5.2.0} and TRE_R38, which only the combined archive ships, get minimal
   * definitions (FrCoreDependencyGapSupport); a specialty code is then a warning "not checked", never an error.
   */
  @Test
  void exampleCollectionHasNoErrorWithThePlainArchiveAlone() {
    Bundle b = thauCollection();
    FhirValidator plain = FhirValidator.of(SharedFhir.packages().resolve("hl7.fhir.fr.core-2.2.0.tgz"));
    ValidationReport report = plain.validate(b);
    assertThat(report.errors()).as(errors(report)).isEmpty();
    assertThat(report.issues()).anySatisfy(i -> assertThat(i.message().en()).contains("TRE_R38", "not in the given FHIR packages"));
    assertThat(plain.validate(FhirMapper.toJson(FhirMapper.toBundle(Examples.thau(), BundleType.TRANSACTION))).errors())
        .isEmpty();
  }

  @Test
  void exampleTransactionAsJsonTextHasNoError() {
    String json = FhirMapper.toJson(FhirMapper.toBundle(Examples.thau(), BundleType.TRANSACTION));
    ValidationReport report = SharedFhir.validator().validate(json);
    assertThat(report.isValid()).as(errors(report)).isTrue();
  }

  @Test
  void everyEntryOfTheExampleValidatesAlone() {
    Bundle b = FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION);
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      if (e.getResource() instanceof Location && ((Location) e.getResource()).hasPartOf()) {
        continue; // a commune's partOf points into the bundle: checked with the bundle above
      }
      if (e.getResource() instanceof PractitionerRole || e.getResource().fhirType().endsWith("Service")
          || e.getResource().fhirType().equals("OrganizationAffiliation")) {
        continue; // same: their references resolve only inside the bundle
      }
      ValidationReport report = SharedFhir.validator().validate(e.getResource());
      assertThat(report.isValid()).as(e.getResource().fhirType() + "\n" + errors(report)).isTrue();
    }
  }

  @Provide
  Arbitrary<Cpts> anyCpts() {
    return CptsArbitraries.cpts();
  }

  @Property(tries = 12)
  void generatedBundlesHaveNoError(@ForAll("anyCpts") Cpts cpts) {
    BundleType type = cpts.name().length() % 2 == 0 ? BundleType.COLLECTION : BundleType.TRANSACTION;
    ValidationReport report = SharedFhir.validator().validate(FhirMapper.toBundle(cpts, type));
    assertThat(report.isValid()).as(errors(report)).isTrue();
  }

  @Test
  void anUnknownSpecialtyIsAnErrorOfTheRequiredBinding() {
    Bundle b = FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION);
    PractitionerRole role = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(PractitionerRole.class::isInstance).map(PractitionerRole.class::cast)
        .filter(PractitionerRole::hasSpecialty).findFirst().orElseThrow();
    role.getSpecialtyFirstRep().getCodingFirstRep().setCode("ZZ99");
    ValidationReport report = SharedFhir.validator().validate(b);
    assertThat(report.errors()).isNotEmpty();
    assertThat(report.errors()).allMatch(i -> i.code().equals("CPTS-0850"))
        .anyMatch(i -> i.path().contains(".specialty"));
  }

  @Test
  void aMalformedInseeCodeIsAnError() {
    Bundle b = FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION);
    Location commune = (Location) b.getEntry().get(2).getResource();
    ((Coding) commune.getAddress().getExtensionByUrl(FhirUris.EXT_INSEE_CODE).getValue()).setCode("20123");
    ValidationReport report = SharedFhir.validator().validate(b);
    assertThat(report.errors()).anyMatch(i -> i.path().contains("Bundle.entry[2]"));
  }

  @Test
  void validationReportBecomesAnOperationOutcome() {
    Bundle b = FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION);
    b.getEntry().get(0).getResource().setId("not a valid id!");
    ValidationReport report = SharedFhir.validator().validate(b);
    OperationOutcome oo = FhirMapper.toOperationOutcome(report);
    assertThat(oo.getIssue()).hasSameSizeAs(report.issues());
    assertThat(FhirMapper.fromOperationOutcome(oo)).isEqualTo(report);
    assertThat(report.errors()).isNotEmpty();
  }

  @Test
  void packagesAreFoundInAFolderOrRefusedWithACode() {
    assertThatThrownBy(() -> FhirValidator.of(Path.of("no-such-folder")))
        .isInstanceOf(FhirPackageException.class).hasMessageStartingWith("CPTS-0806");
    assertThatThrownBy(() -> FhirValidator.builder().build())
        .isInstanceOf(FhirPackageException.class).hasMessageStartingWith("CPTS-0806");
    assertThatThrownBy(() -> FhirValidator.of(SharedFhir.folder().resolve("README.md")))
        .isInstanceOf(FhirPackageException.class).hasMessageStartingWith("CPTS-0803");
  }

  /** Not a timed assertion: figures for docs/fhir.md, printed in the test log. */
  @Test
  void exportAndValidateManyCptsWithOneValidator() {
    FhirValidator validator = SharedFhir.validator();
    List<Cpts> sample = CptsArbitraries.cpts().sampleStream().limit(10).collect(Collectors.toList());
    long t0 = System.nanoTime();
    List<Bundle> bundles = sample.stream().map(c -> FhirMapper.toBundle(c, BundleType.COLLECTION)).collect(Collectors.toList());
    long t1 = System.nanoTime();
    long errors = bundles.stream().map(validator::validate).mapToLong(r -> r.errors().size()).sum();
    long t2 = System.nanoTime();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    int resources = bundles.stream().mapToInt(b -> b.getEntry().size()).sum();
    System.out.printf("[fhir-figures] validator build %d ms; %d CPTS, %d resources: export %.1f ms/CPTS, "
        + "validate %.1f ms/CPTS; heap used after GC %d MB (max %d MB)%n", SharedFhir.buildMillis(), sample.size(),
        resources, (t1 - t0) / 1e6 / sample.size(), (t2 - t1) / 1e6 / sample.size(), usedMb, rt.maxMemory() / (1024 * 1024));
    assertThat(errors).isZero();
  }
}
