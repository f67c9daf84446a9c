package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * Loads the conformance resources (StructureDefinition, CodeSystem, ValueSet) of an NPM FHIR package
 * archive into a validation support, from any stream: a file or a class-path resource. Examples and
 * other resource types are skipped. Offline: no package cache, no download.
 */
public final class PackageLoader {

  private PackageLoader() {}

  /**
   * @return the {@code name#version} of the package loaded
   * @throws IOException if the archive cannot be read
   */
  public static String load(PrePopulatedValidationSupport target, FhirContext ctx, InputStream archive) throws IOException {
    NpmPackage pkg = NpmPackage.fromPackage(archive);
    NpmPackage.NpmPackageFolder folder = pkg.getFolders().get("package");
    if (folder == null) {
      throw new IOException("no package/ folder in the archive");
    }
    IParser parser = ctx.newJsonParser().setParserErrorHandler(new ErrorHandlerAdapter());
    for (String file : folder.listFiles()) {
      if (isConformance(file)) {
        IBaseResource r = parser.parseResource(new String(folder.fetchFile(file), StandardCharsets.UTF_8));
        target.addResource(r);
      }
    }
    return pkg.name() + "#" + pkg.version();
  }

  private static boolean isConformance(String file) {
    return file.endsWith(".json")
        && (file.startsWith("StructureDefinition-") || file.startsWith("CodeSystem-") || file.startsWith("ValueSet-"));
  }
}
