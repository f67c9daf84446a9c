package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.jspecify.annotations.Nullable;

/**
 * Answers versioned canonical URLs of the FHIR R4 base definitions ({@code .../Location|4.0.1}, as FR Core
 * 2.2.0 writes its reference target profiles) with the unversioned definition of the core support.
 * Without it the validator cannot resolve {@code fr-core-location}'s {@code partOf} target and reports
 * a false error on every {@code Location.partOf}.
 */
final class CoreVersionAliasSupport implements IValidationSupport {

  private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";
  private static final String R4_VERSION = "|4.0.1";

  private final IValidationSupport core;

  CoreVersionAliasSupport(IValidationSupport core) {
    this.core = core;
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
    if (url != null && url.startsWith(CORE) && url.endsWith(R4_VERSION)) {
      return core.fetchStructureDefinition(url.substring(0, url.length() - R4_VERSION.length()));
    }
    return null;
  }
}
