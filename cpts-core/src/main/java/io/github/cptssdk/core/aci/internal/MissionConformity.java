package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.MissionCategory;
import io.github.cptssdk.core.aci.MissionRule;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.MissionCommitment;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Missions of a CPTS against the version in force: every core mission committed, each committed mission
 * started and fully deployed within its deadline counted from the contract signature (aci-cpts.md 3).
 */
final class MissionConformity {

  private MissionConformity() {}

  static void check(AciVersion v, Cpts cpts, LocalDate date, List<ValidationIssue> issues) {
    LocalDate signed = EligibilityRules.signedAt(cpts.lifecycle(), date);
    if (signed == null) {
      issues.add(ValidationIssue.info("CPTS-0445", "lifecycle.contractSignedOn", AciMessages.get().text("CPTS-0445")));
    }
    Set<Mission> seen = EnumSet.noneOf(Mission.class);
    for (int i = 0; i < cpts.missions().size(); i++) {
      MissionCommitment c = cpts.missions().get(i);
      String path = "missions[" + i + "]";
      if (!seen.add(c.mission())) {
        issues.add(ValidationIssue.warning("CPTS-0448", path, AciMessages.get().text("CPTS-0448", c.mission())));
      }
      commitment(v, c, path, signed, date, issues);
    }
    for (Mission core : v.coreMissions(date)) {
      if (!seen.contains(core)) {
        issues.add(ContractValidator.error("CPTS-0440", "missions", core, v.id()));
      }
    }
  }

  private static void commitment(AciVersion v, MissionCommitment c, String path, @Nullable LocalDate signed,
      LocalDate date, List<ValidationIssue> issues) {
    Optional<MissionRule> rule = v.mission(c.mission());
    if (rule.isEmpty() || date.isBefore(rule.get().effectiveFrom())) {
      issues.add(ValidationIssue.warning("CPTS-0444", path, AciMessages.get().text("CPTS-0444", c.mission(), v.id())));
      return;
    }
    if (rule.get().category() == MissionCategory.OPTIONAL) {
      issues.add(ValidationIssue.info("CPTS-0443", path, AciMessages.get().text("CPTS-0443", c.mission(), v.id())));
    }
    if (signed != null) {
      rule.get().startDeadline(signed).ifPresent(d -> late("CPTS-0441", path + ".startedOn", c.mission(), d, c.startedOn(), date, issues));
      rule.get().deployDeadline(signed).ifPresent(d -> late("CPTS-0442", path + ".fullyDeployedOn", c.mission(), d, c.fullyDeployedOn(), date, issues));
    }
  }

  /** Reports a deadline missed: done after it, or not done and the deadline passed at {@code date}. */
  private static void late(String code, String path, Mission m, LocalDate deadline, @Nullable LocalDate doneOn,
      LocalDate date, List<ValidationIssue> issues) {
    LocalDate reference = doneOn != null && !doneOn.isAfter(date) ? doneOn : date;
    boolean done = doneOn != null && !doneOn.isAfter(date);
    long days = ChronoUnit.DAYS.between(deadline, reference);
    if (days > 0) {
      issues.add(ContractValidator.error(code, path, m, days, deadline, done ? 1 : 0));
    }
  }
}
