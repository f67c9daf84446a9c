package io.github.cptssdk.fhir;

import io.github.cptssdk.core.testing.SharedFiles;
import java.nio.file.Path;

/**
 * Test access to the FHIR packages of {@code ../shared/fhir}, found by {@link SharedFiles#fhir()} (never
 * copied into the repository; a missing folder fails the tests that need it). One validator is built lazily and
 * shared by every test class.
 */
public final class SharedFhir {

  private static volatile FhirValidator validator;
  private static volatile long buildMillis;

  private SharedFhir() {}

  /** @return the {@code shared/fhir} folder */
  public static Path folder() {
    return SharedFiles.fhir();
  }

  public static Path packages() {
    return folder().resolve("packages");
  }

  /** @return the validator loaded with the FR Core 2.2.0 archives of shared/fhir/packages, built once */
  public static FhirValidator validator() {
    if (validator == null) {
      synchronized (SharedFhir.class) {
        if (validator == null) {
          long t0 = System.nanoTime();
          validator = FhirValidator.of(packages());
          buildMillis = (System.nanoTime() - t0) / 1_000_000;
        }
      }
    }
    return validator;
  }

  public static long buildMillis() {
    return buildMillis;
  }
}
