package io.github.cptssdk.fhir.sas;

import io.github.cptssdk.fhir.FhirValidator;
import io.github.cptssdk.fhir.SharedFhir;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.utilities.npm.NpmPackage;

/** The SAS package of ../shared/fhir/packages (never copied here), its examples, and one validator per JVM. */
final class SasShared {

  private static volatile FhirValidator validator;
  private static volatile NpmPackage pkg;

  private SasShared() {}

  static Path archive() {
    return SharedFhir.packages().resolve("ans.fhir.fr.sas-1.2.0.tgz");
  }

  static FhirValidator validator() {
    if (validator == null) {
      synchronized (SasShared.class) {
        if (validator == null) {
          validator = FhirValidator.of(archive());
        }
      }
    }
    return validator;
  }

  static synchronized NpmPackage pkg() {
    if (pkg == null) {
      try (InputStream in = Files.newInputStream(archive())) {
        pkg = NpmPackage.fromPackage(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pkg;
  }

  /** @return the text of {@code package/example/NAME} */
  static String example(String name) {
    try {
      return new String(pkg().getFolders().get("example").fetchFile(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> examples() {
    return pkg().getFolders().get("example").listFiles();
  }
}
