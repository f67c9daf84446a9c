package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.context.FhirContext;

/**
 * The one R4 {@link FhirContext} of the adapter, created on first use ({@link FhirContext#forR4Cached()}:
 * thread-safe and shared by the JVM, as HAPI recommends; creating one per call costs a model scan).
 */
public final class Contexts {

  private Contexts() {}

  public static FhirContext r4() {
    return FhirContext.forR4Cached();
  }
}
