package io.github.cptssdk.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.junit.jupiter.api.Test;

class ExploreTest {
  @Test
  void explore() {
    Bundle b = FhirMapper.toBundle(Examples.thau(), BundleType.COLLECTION, ExportOptions.none().withPopulation(120000L).withSizeBand(io.github.cptssdk.core.aci.SizeBand.SIZE_3));
    
    long t0 = System.nanoTime();
    FhirValidator v = SharedFhir.validator();
    System.out.println("build ms " + (System.nanoTime() - t0) / 1e6 + " " + v.packages());
    t0 = System.nanoTime();
    System.out.println(v.validate(b).issues().stream().filter(i -> i.severity() != io.github.cptssdk.core.validation.Severity.INFO).map(Object::toString).collect(java.util.stream.Collectors.joining("\n")));
    System.out.println("validate1 ms " + (System.nanoTime() - t0) / 1e6);
    t0 = System.nanoTime();
    v.validate(FhirMapper.toBundle(Examples.thau(), BundleType.TRANSACTION)).issues().stream().filter(i -> i.severity() != io.github.cptssdk.core.validation.Severity.INFO).forEach(System.out::println);
    System.out.println("validate2 ms " + (System.nanoTime() - t0) / 1e6);
    System.out.println(FhirMapper.fromBundle(b)); System.out.println(FhirMapper.fromBundle(b).cpts().equals(Examples.thau())); Runtime rt = Runtime.getRuntime(); System.gc(); System.out.println("heap MB " + (rt.totalMemory() - rt.freeMemory()) / 1048576);
  }
}
