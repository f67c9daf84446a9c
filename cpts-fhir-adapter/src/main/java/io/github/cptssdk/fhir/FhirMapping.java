package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Entry point of the FHIR mapping. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FhirMapping {
  private FhirMapping() {}
}
