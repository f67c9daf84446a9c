package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.territory.TerritoryProfile;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/** A contract against its territory: the stated population and size band must be the territory's. */
public final class ContractTerritory {

  private ContractTerritory() {}

  /** The contract names its CPTS document: its territory is the document's; another id is an error. */
  public static ValidationReport checkDocument(AciVersion version, AciContract contract, Cpts cpts,
      TerritoryProfile territory, String vintage) {
    if (!contract.cptsId().equals(cpts.id())) {
      return ValidationReport.of(List.of(ValidationIssue.error("CPTS-1496", "cptsId",
          AciMessages.get().text("CPTS-1496", contract.cptsId(), cpts.id()))));
    }
    return check(version, contract, territory, vintage);
  }

  public static ValidationReport check(AciVersion version, AciContract contract, TerritoryProfile territory,
      String vintage) {
    List<ValidationIssue> issues = new ArrayList<>();
    long population = territory.population();
    SizeBand band = version.sizeBand(population);
    Long stated = contract.population();
    if (stated != null && stated != population) {
      issues.add(ValidationIssue.warning("CPTS-1490", "population",
          AciMessages.get().text("CPTS-1490", String.valueOf(stated), String.valueOf(population), vintage)));
    }
    if (contract.size() != null && contract.size() != band) {
      issues.add(ValidationIssue.warning("CPTS-1491", "size",
          AciMessages.get().text("CPTS-1491", contract.size(), band, String.valueOf(population), vintage, version.id())));
    }
    return ValidationReport.of(issues);
  }
}
