package io.github.cptssdk.fhir.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The entries of a bundle, findable by {@code fullUrl} and by {@code Type/id}, with the FHIRPath of each
 * resource ({@code Bundle.entry[3].resource}) and the set of those the import used.
 */
final class Index {

  private final List<Resource> resources = new ArrayList<>();
  private final Map<String, Resource> byUrl = new HashMap<>();
  private final Map<Resource, Integer> position = new IdentityHashMap<>();
  private final Set<Resource> used = Collections.newSetFromMap(new IdentityHashMap<>());

  Index(Bundle bundle) {
    List<BundleEntryComponent> entries = bundle.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      Resource r = entries.get(i).getResource();
      if (r == null) {
        continue;
      }
      resources.add(r);
      position.put(r, i);
      if (entries.get(i).hasFullUrl()) {
        byUrl.putIfAbsent(entries.get(i).getFullUrl(), r);
      }
      if (r.getIdElement().hasIdPart()) {
        byUrl.putIfAbsent(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
      }
    }
  }

  /** @return the resources of {@code type}, in bundle order */
  <T extends Resource> List<T> all(Class<T> type) {
    List<T> list = new ArrayList<>();
    for (Resource r : resources) {
      if (type.isInstance(r)) {
        list.add(type.cast(r));
      }
    }
    return list;
  }

  /** @return the resource of {@code type} that {@code ref} points to, if it is in the bundle */
  <T extends Resource> Optional<T> resolve(Reference ref, Class<T> type) {
    if (type.isInstance(ref.getResource())) {
      return Optional.of(type.cast(ref.getResource()));
    }
    String s = ref.getReference();
    if (s == null) {
      return Optional.empty();
    }
    Resource r = byUrl.get(s);
    if (r == null && s.indexOf('/') >= 0) {
      String[] parts = s.split("/");
      r = parts.length >= 2 ? byUrl.get(parts[parts.length - 2] + "/" + parts[parts.length - 1]) : null;
    }
    return type.isInstance(r) ? Optional.of(type.cast(r)) : Optional.empty();
  }

  /** @return true if {@code ref} points to {@code target} */
  boolean pointsTo(Reference ref, Resource target) {
    return resolve(ref, Resource.class).filter(r -> r == target).isPresent();
  }

  String path(Resource r) {
    Integer i = position.get(r);
    return i == null ? r.fhirType() : "Bundle.entry[" + i + "].resource";
  }

  void use(Resource r) {
    used.add(r);
  }

  List<Resource> unused() {
    List<Resource> list = new ArrayList<>();
    for (Resource r : resources) {
      if (!used.contains(r)) {
        list.add(r);
      }
    }
    return list;
  }
}
