package io.github.cptssdk.fhir.internal;

import io.github.cptssdk.core.model.CptsId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Adds entries to a bundle under stable {@code urn:uuid} full URLs derived from the CPTS id and a key
 * ({@code practitioner/3}), so that exporting the same CPTS twice gives the same bundle. In a transaction
 * every entry is a {@code POST} of its resource type.
 */
final class Entries {

  private final CptsId cptsId;
  private final Bundle bundle;

  Entries(CptsId cptsId, BundleType type) {
    this.cptsId = cptsId;
    this.bundle = new Bundle().setType(type);
  }

  /** @return the full URL of the entry added for {@code resource} */
  String add(Resource resource, String key) {
    String url = fullUrl(key);
    BundleEntryComponent entry = bundle.addEntry().setFullUrl(url).setResource(resource);
    if (bundle.getType() == BundleType.TRANSACTION) {
      entry.getRequest().setMethod(HTTPVerb.POST).setUrl(resource.fhirType());
    }
    return url;
  }

  String fullUrl(String key) {
    byte[] name = (cptsId.value() + "/" + key).getBytes(StandardCharsets.UTF_8);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
  }

  static Reference ref(String fullUrl) {
    return new Reference(fullUrl);
  }

  Bundle bundle() {
    return bundle;
  }
}
