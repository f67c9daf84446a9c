package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.IndicatorKind;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.Tier;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.util.List;
import java.util.Set;

/** Checks the indicator lines of a mission (codes CPTS-0502, 0504..0506, 0509, 0513..0515). */
final class IndicatorValidator {

  private IndicatorValidator() {}

  /**
   * @param ids the line ids seen so far in the contract: results are keyed by line id, so an id must be
   *     unique across all missions
   */
  static void lines(List<IndicatorLine> lines, String path, Set<String> ids, List<ValidationIssue> issues) {
    for (int j = 0; j < lines.size(); j++) {
      IndicatorLine l = lines.get(j);
      String p = path + "[" + j + "]";
      if (l.id().isBlank() || !ids.add(l.id())) {
        issues.add(ContractValidator.error("CPTS-0509", p + ".id"));
      }
      if (l.amount() == null) {
        issues.add(ContractValidator.error("CPTS-0514", p + ".amount"));
      }
      ContractValidator.amount(l.amount(), p + ".amount", issues);
      if (l.kind() == IndicatorKind.RESULT) {
        result(l, p, issues);
      } else if (l.baseline() != null || l.target() != null || !l.tiers().isEmpty()) {
        issues.add(ValidationIssue.warning("CPTS-0515", p, AciMessages.get().text("CPTS-0515")));
      }
    }
  }

  private static void result(IndicatorLine l, String p, List<ValidationIssue> issues) {
    if (l.baseline() == null) {
      issues.add(ContractValidator.error("CPTS-0504", p + ".baseline"));
    }
    if (l.target() == null) {
      issues.add(ContractValidator.error("CPTS-0505", p + ".target"));
    }
    if (l.baseline() != null && l.target() != null && l.baseline().compareTo(l.target()) == 0) {
      issues.add(ContractValidator.error("CPTS-0506", p + ".target"));
    }
    for (int k = 0; k < l.tiers().size(); k++) {
      Tier t = l.tiers().get(k);
      if (t.amount().isNegative() || l.amount() != null && t.amount().compareTo(l.amount()) > 0) {
        issues.add(ContractValidator.error("CPTS-0513", p + ".tiers[" + k + "].amount"));
      }
    }
  }
}
