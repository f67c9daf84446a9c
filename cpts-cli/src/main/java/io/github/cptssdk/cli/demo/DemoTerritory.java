package io.github.cptssdk.cli.demo;

import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/** The demo funds each contract on its territory: the findings of the comparison join the CPTS's findings. */
final class DemoTerritory {

  private DemoTerritory() {}

  /** @return the eligibility findings, then those of the contract against its territory (CPTS-1490, CPTS-1491) */
  static ValidationReport withFindings(ValidationReport eligibility, ValidationReport territory) {
    List<ValidationIssue> all = new ArrayList<>(eligibility.issues());
    all.addAll(territory.issues());
    return ValidationReport.of(all);
  }
}
