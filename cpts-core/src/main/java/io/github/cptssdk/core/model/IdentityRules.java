package io.github.cptssdk.core.model;

import static io.github.cptssdk.core.validation.Severity.ERROR;
import static io.github.cptssdk.core.validation.Severity.WARNING;

import io.github.cptssdk.core.validation.ValidationIssue;
import java.util.function.Consumer;

/**
 * Legal identity of the CPTS: once the association is declared it has a SIREN (INSEE registers every
 * association that employs staff or receives public funding, which the ACI funding is), and the SIRET
 * of its seat is an establishment of that SIREN.
 */
final class IdentityRules {

  private IdentityRules() {}

  static void check(Cpts cpts, Consumer<ValidationIssue> out) {
    if (cpts.siren() == null && cpts.lifecycle().associationRegisteredOn() != null) {
      out.accept(ModelMessages.issue(WARNING, "CPTS-0109", "siren"));
    }
    if (cpts.siren() != null && cpts.siret() != null && !cpts.siret().siren().equals(cpts.siren())) {
      out.accept(ModelMessages.issue(ERROR, "CPTS-0110", "siret"));
    }
  }
}
