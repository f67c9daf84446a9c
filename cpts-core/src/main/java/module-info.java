/**
 * cpts-sdk core: the model of a CPTS, identifiers, territories, validation and the ACI rules.
 */
module io.github.cptssdk.core {
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive jakarta.validation;
  requires org.slf4j;
  requires org.hibernate.validator;

  exports io.github.cptssdk.core;
  exports io.github.cptssdk.core.aci;
  exports io.github.cptssdk.core.id;
  exports io.github.cptssdk.core.model;
  exports io.github.cptssdk.core.territory;
  exports io.github.cptssdk.core.time;
  exports io.github.cptssdk.core.validation;
  exports io.github.cptssdk.core.constraints;
  exports io.github.cptssdk.core.sas;
  // Opened so that the Bean Validation provider (another module) finds ConstraintMessages*.properties:
  // resources of a named module's packages are encapsulated unless the package is open.
  opens io.github.cptssdk.core.constraints;

  // Hibernate Validator reads the constrained fields of the model records; Jackson (cpts-json) binds them.
  opens io.github.cptssdk.core.model to org.hibernate.validator, com.fasterxml.jackson.databind;

  exports io.github.cptssdk.core.internal to
      io.github.cptssdk.json,
      io.github.cptssdk.indicators,
      io.github.cptssdk.fhir,
      io.github.cptssdk.registries,
      io.github.cptssdk.desk;
  exports io.github.cptssdk.core.internal.text to
      io.github.cptssdk.indicators,
      io.github.cptssdk.registries,
      io.github.cptssdk.desk;
}
