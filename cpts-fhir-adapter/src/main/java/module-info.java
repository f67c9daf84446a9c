/**
 * cpts-sdk FHIR adapter: the cpts-core model as FHIR R4 resources on the French profiles (FR Core
 * 2.2.0) and back, with an offline validator.
 *
 * <p>HAPI FHIR jars have no module descriptor: they are required here as automatic modules named after
 * their files ({@code hapi.fhir.base}, {@code org.hl7.fhir.r4}...).
 */
module io.github.cptssdk.fhir {
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive io.github.cptssdk.core;
  requires transitive io.github.cptssdk.indicators;
  requires transitive hapi.fhir.base;
  requires transitive org.hl7.fhir.r4;
  requires hapi.fhir.structures.r4;
  requires hapi.fhir.validation;
  requires org.hl7.fhir.utilities;
  requires org.slf4j;
  requires java.xml;

  exports io.github.cptssdk.fhir;
  exports io.github.cptssdk.fhir.sas;
}
