package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.testing.ModelArbitraries;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.junit.jupiter.api.Test;

/**
 * Model -> FHIR -> model gives back the original, through JSON and XML, as collection and transaction,
 * for the adapter's generators ({@link CptsArbitraries}: real TRE_R38 codes) and for the shared model
 * generators of the cpts-core test-jar ({@link ModelArbitraries}: overseas codes, arrondissements,
 * up to 150 members).
 */
class RoundTripPropertiesTest {

  @Provide
  Arbitrary<Cpts> anyCpts() {
    return CptsArbitraries.cpts();
  }

  @Provide
  Arbitrary<Cpts> modelCpts() {
    return ModelArbitraries.cpts();
  }

  @Provide
  Arbitrary<BundleType> bundleTypes() {
    return Arbitraries.of(BundleType.COLLECTION, BundleType.TRANSACTION);
  }

  @Property(tries = 120)
  void jsonRoundTripIsLossless(@ForAll("anyCpts") Cpts cpts, @ForAll("bundleTypes") BundleType type) {
    assertLossless(cpts, type, FhirMapper::toJson);
  }

  @Property(tries = 120)
  void xmlRoundTripIsLossless(@ForAll("anyCpts") Cpts cpts, @ForAll("bundleTypes") BundleType type) {
    assertLossless(cpts, type, FhirMapper::toXml);
  }

  @Property(tries = 40)
  void coreModelGeneratorsRoundTripThroughJson(@ForAll("modelCpts") Cpts cpts, @ForAll("bundleTypes") BundleType type) {
    assertLossless(cpts, type, FhirMapper::toJson);
  }

  @Property(tries = 40)
  void coreModelGeneratorsRoundTripThroughXml(@ForAll("modelCpts") Cpts cpts, @ForAll("bundleTypes") BundleType type) {
    assertLossless(cpts, type, FhirMapper::toXml);
  }

  /** Asserts that {@code cpts} written as a {@code type} bundle in one format reads back equal, with no finding. */
  private static void assertLossless(Cpts cpts, BundleType type, Function<Bundle, String> format) {
    FhirImport back = FhirMapper.fromText(format.apply(FhirMapper.toBundle(cpts, type)));
    assertThat(back.cpts()).isEqualTo(cpts);
    assertThat(back.report().issues()).isEmpty();
  }

  @Property(tries = 100)
  void inMemoryRoundTripKeepsTerritoryFacts(@ForAll("anyCpts") Cpts cpts,
      @ForAll @LongRange(min = 0, max = 3_000_000) long population, @ForAll SizeBand band) {
    Bundle bundle = FhirMapper.toBundle(cpts, BundleType.COLLECTION,
        ExportOptions.none().withPopulation(population).withSizeBand(band));
    FhirImport back = FhirMapper.fromBundle(bundle);
    assertThat(back.cpts()).isEqualTo(cpts);
    assertThat(back.population()).isEqualTo(population);
    assertThat(back.sizeBand()).isEqualTo(band);
  }

  @Property(tries = 50)
  void exportIsDeterministic(@ForAll("anyCpts") Cpts cpts) {
    assertThat(FhirMapper.toJson(FhirMapper.toBundle(cpts, BundleType.COLLECTION)))
        .isEqualTo(FhirMapper.toJson(FhirMapper.toBundle(cpts, BundleType.COLLECTION)));
  }

  @Test
  void exampleRoundTripsAndAbsentFactsStayAbsent() {
    FhirImport back = FhirMapper.fromBundle(FhirMapper.toBundle(Examples.thau(), BundleType.TRANSACTION));
    assertThat(back.cpts()).isEqualTo(Examples.thau());
    assertThat(back.population()).isNull();
    assertThat(back.sizeBand()).isNull();
  }
}
