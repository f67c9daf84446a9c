package io.github.cptssdk.fhir;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test access to the FHIR packages of {@code ../shared/fhir} (never copied into the repository): the
 * folder is found by walking up from the working directory to a {@code shared/fhir} folder, or given with
 * {@code -Dcpts.fhir.shared=PATH}. If it is missing, the tests that need it fail (never skip). One validator is
 * built lazily and shared by every test class.
 */
public final class SharedFhir {

  public static final String PROPERTY = "cpts.fhir.shared";

  private static volatile FhirValidator validator;
  private static volatile long buildMillis;

  private SharedFhir() {}

  /** @return the {@code shared/fhir} folder */
  public static Path folder() {
    String override = System.getProperty(PROPERTY);
    if (override != null) {
      return Path.of(override);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("fhir");
      if (Files.isDirectory(candidate.resolve("packages"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("no shared/fhir/packages folder above " + Path.of("").toAbsolutePath()
        + ": the FR Core 2.2.0 packages are not committed; the tests expect the repository cloned next to shared/"
        + " (docs/fhir.md, Tests and CI), or -D" + PROPERTY + "=PATH");
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
