package io.github.cptssdk.core.model;

import static io.github.cptssdk.core.validation.Severity.ERROR;
import static io.github.cptssdk.core.validation.Severity.WARNING;

import io.github.cptssdk.core.validation.ValidationIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Order of the lifecycle milestones and their consistency with the contract. Source: article L1434-12
 * CSP (the projet de santé is sent to the ARS, deemed validated two months after submission without
 * objection; created by loi n° 2016-41 du 26 janvier 2016, article 65: a milestone before it is a warning,
 * CPTS-0121) and the ACI CPTS (a contract is signed on the basis of a validated projet de santé).
 */
final class LifecycleRules {

  private LifecycleRules() {}

  static void check(Cpts cpts, Consumer<ValidationIssue> out) {
    order(cpts.lifecycle(), out);
    contract(cpts.lifecycle(), out);
    missionsAfterContract(cpts, out);
  }

  /** Letter of intent, then association registered, then project submitted, then contract signed. */
  private static void order(Lifecycle l, Consumer<ValidationIssue> out) {
    List<Map.Entry<String, LocalDate>> dated = new ArrayList<>();
    add(dated, "lifecycle.letterOfIntentOn", l.letterOfIntentOn());
    add(dated, "lifecycle.associationRegisteredOn", l.associationRegisteredOn());
    add(dated, "lifecycle.healthProject.submittedOn", l.healthProject() == null ? null : l.healthProject().submittedOn());
    add(dated, "lifecycle.contractSignedOn", l.contractSignedOn());
    Map.Entry<String, LocalDate> latest = null;
    for (Map.Entry<String, LocalDate> e : dated) {
      if (e.getValue().isBefore(ModelDates.CPTS_LAW)) {
        out.accept(ModelMessages.issue(WARNING, "CPTS-0121", e.getKey()));
      }
      if (latest != null && e.getValue().isBefore(latest.getValue())) {
        out.accept(ModelMessages.issue(ERROR, "CPTS-0105", e.getKey(), e.getKey(), latest.getKey()));
      } else {
        latest = e;
      }
    }
  }

  private static void add(List<Map.Entry<String, LocalDate>> list, String path, LocalDate date) {
    if (date != null) {
      list.add(Map.entry(path, date));
    }
  }

  /** A contract needs a health project validated on or before its signature. */
  private static void contract(Lifecycle l, Consumer<ValidationIssue> out) {
    LocalDate signed = l.contractSignedOn();
    if (signed == null) {
      return;
    }
    HealthProject project = l.healthProject();
    String path = "lifecycle.contractSignedOn";
    if (project == null) {
      out.accept(ModelMessages.issue(ERROR, "CPTS-0107", path));
      return;
    }
    if (project.validatedOn().isEmpty()) {
      out.accept(ModelMessages.issue(ERROR, "CPTS-0108", path));
    } else {
      ContractRules.signedBeforeProjectValidation(l).ifPresent(out);
    }
  }

  /** A mission started before the contract is unusual (it may be funded otherwise): a warning. */
  private static void missionsAfterContract(Cpts cpts, Consumer<ValidationIssue> out) {
    LocalDate signed = cpts.lifecycle().contractSignedOn();
    if (signed == null) {
      return;
    }
    List<MissionCommitment> missions = cpts.missions();
    for (int i = 0; i < missions.size(); i++) {
      LocalDate start = missions.get(i).startedOn();
      if (start != null && start.isBefore(signed)) {
        out.accept(ModelMessages.issue(WARNING, "CPTS-0111", MemberRules.path("missions", i, "startedOn"),
            missions.get(i).mission().name()));
      }
    }
  }
}
