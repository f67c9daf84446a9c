package io.github.cptssdk.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The FHIR packages of {@code ../shared/fhir} (never copied into the repository), as every module's tests find
 * them: walking up from the working directory to a {@code shared/fhir/packages} folder, or given with
 * {@code -D}{@value #FHIR_PROPERTY}{@code =PATH} (the {@code shared/fhir} folder). If it is missing, the tests
 * that need it fail (never skip).
 */
public final class SharedFiles {

  /** The system property naming the {@code shared/fhir} folder. */
  public static final String FHIR_PROPERTY = "cpts.fhir.shared";

  private SharedFiles() {}

  /** @return the {@code shared/fhir} folder */
  public static Path fhir() {
    String override = System.getProperty(FHIR_PROPERTY);
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
        + " (docs/fhir.md, Tests and CI), or -D" + FHIR_PROPERTY + "=PATH");
  }

  /** @return the {@code shared/fhir/packages} folder */
  public static Path fhirPackages() {
    return fhir().resolve("packages");
  }
}
