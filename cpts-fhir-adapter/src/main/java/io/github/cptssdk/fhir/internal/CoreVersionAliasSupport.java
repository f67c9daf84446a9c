package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import io.github.cptssdk.fhir.FhirUris;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.jspecify.annotations.Nullable;

/**
 * Answers versioned canonical URLs of the FHIR R4 base definitions ({@code .../Location|4.0.1}, as FR Core
 * 2.2.0 writes its reference target profiles) with the unversioned definition of the core support.
 * Without it the validator cannot resolve {@code fr-core-location}'s {@code partOf} target and reports
 * a false error on every {@code Location.partOf}. The same holds for the R5 cross-version extension
 * {@code extension-Organization.description|4.0.1} that the combined FR Core package references: it is
 * answered with the project's own definition ({@link ProjectConformance}), so that one archive validates
 * our exports as the folder of archives does.
 */
final class CoreVersionAliasSupport implements IValidationSupport {

  private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";
  private static final String R4_VERSION = "|4.0.1";

  private final IValidationSupport core;
  private final IValidationSupport project;

  CoreVersionAliasSupport(IValidationSupport core, IValidationSupport project) {
    this.core = core;
    this.project = project;
  }

  @Override
  public FhirContext getFhirContext() {
    return core.getFhirContext();
  }

  @Override
  public String getName() {
    return "cpts-sdk R4 core version aliases";
  }

  @Override
  public @Nullable IBaseResource fetchStructureDefinition(String url) {
    if (url == null || !url.endsWith(R4_VERSION)) {
      return null;
    }
    String unversioned = url.substring(0, url.length() - R4_VERSION.length());
    if (unversioned.startsWith(CORE)) {
      return core.fetchStructureDefinition(unversioned);
    }
    return unversioned.equals(FhirUris.EXT_ORGANIZATION_DESCRIPTION) ? project.fetchStructureDefinition(unversioned) : null;
  }
}
