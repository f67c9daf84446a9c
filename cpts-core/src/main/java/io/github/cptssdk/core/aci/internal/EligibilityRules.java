package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.model.ContractRules;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.HealthProject;
import io.github.cptssdk.core.model.LegalForm;
import io.github.cptssdk.core.model.Lifecycle;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Eligibility and conformity of a CPTS at a date (codes CPTS-0410..0449). The prerequisites that are facts
 * of the model (a territory, a contract signed after the project's validation) are {@link ContractRules}'s,
 * reported under their model codes (CPTS-0104, CPTS-0106; CPTS-0430 and CPTS-0423 are retired).
 */
public final class EligibilityRules {

  /** Ordonnance n° 2021-584 of 12 May 2021: a CPTS must be an association loi 1901 [mediasocial] [cptsna-jur]. */
  static final LocalDate ASSOCIATION_REQUIRED_FROM = LocalDate.of(2021, 5, 12);
  /** Deadline for CPTS existing before the ordonnance to comply [mediasocial] [cptsna-jur]. */
  static final LocalDate ASSOCIATION_TRANSITION_END = LocalDate.of(2022, 5, 14);

  private EligibilityRules() {}

  public static ValidationReport check(AciRules rules, Cpts cpts, LocalDate date, List<Cpts> others) {
    List<ValidationIssue> issues = new ArrayList<>();
    legalForm(cpts, date, issues);
    healthProject(cpts.lifecycle(), date, issues);
    territory(cpts, date, others, issues);
    Optional<AciVersion> v = rules.find(date);
    if (v.isEmpty()) {
      issues.add(ContractValidator.error("CPTS-0447", "", date));
    } else {
      MissionConformity.check(v.get(), cpts, date, issues);
    }
    return ValidationReport.of(issues);
  }

  /** Ordonnance 2021-584: association loi 1901; existing CPTS had until 2022-05-14. */
  static void legalForm(Cpts cpts, LocalDate date, List<ValidationIssue> issues) {
    if (cpts.legalForm() == LegalForm.ASSOCIATION_1901 || date.isBefore(ASSOCIATION_REQUIRED_FROM)) {
      return;
    }
    if (cpts.legalForm() == LegalForm.ASSOCIATION_LOCAL_LAW) {
      issues.add(ValidationIssue.info("CPTS-0412", "legalForm", AciMessages.get().text("CPTS-0412")));
    } else if (date.isBefore(ASSOCIATION_TRANSITION_END) && existedBefore(cpts.lifecycle(), ASSOCIATION_REQUIRED_FROM)) {
      issues.add(ValidationIssue.warning("CPTS-0411", "legalForm",
          AciMessages.get().text("CPTS-0411", cpts.legalForm(), ASSOCIATION_TRANSITION_END)));
    } else {
      issues.add(ContractValidator.error("CPTS-0410", "legalForm", cpts.legalForm()));
    }
  }

  private static boolean existedBefore(Lifecycle l, LocalDate day) {
    HealthProject hp = l.healthProject();
    return Stream.of(l.letterOfIntentOn(), l.associationRegisteredOn(), hp == null ? null : hp.submittedOn(),
        l.contractSignedOn()).filter(Objects::nonNull).anyMatch(d -> d.isBefore(day));
  }

  /** L1434-12 CSP: validated by the ARS, or deemed validated two months after submission without objection. */
  static void healthProject(Lifecycle l, LocalDate date, List<ValidationIssue> issues) {
    HealthProject hp = l.healthProject();
    String path = "lifecycle.healthProject";
    if (hp == null || hp.submittedOn().isAfter(date)) {
      issues.add(ContractValidator.error("CPTS-0420", path));
      return;
    }
    switch (hp.statusAt(date)) {
      case SUBMITTED -> issues.add(ContractValidator.error("CPTS-0421", path, hp.tacitValidationDate()));
      case REJECTED -> issues.add(ContractValidator.error("CPTS-0422", path));
      default -> { }
    }
    if (signedAt(l, date) != null) {
      ContractRules.signedBeforeProjectValidation(l).ifPresent(issues::add);
    }
  }

  /** A contract needs a non-empty territory that overlaps no other contracted CPTS. */
  static void territory(Cpts cpts, LocalDate date, List<Cpts> others, List<ValidationIssue> issues) {
    Optional<ValidationIssue> empty = ContractRules.emptyTerritory(cpts);
    if (empty.isPresent()) {
      issues.add(empty.get());
      return;
    }
    for (Cpts other : others) {
      if (!other.id().equals(cpts.id()) && signedAt(other.lifecycle(), date) != null
          && other.territory().overlaps(cpts.territory())) {
        issues.add(ContractValidator.error("CPTS-0431", "territory", other.id()));
      }
    }
  }

  /** @return the contract signature day if it is on or before {@code date} */
  static @Nullable LocalDate signedAt(Lifecycle l, LocalDate date) {
    LocalDate s = l.contractSignedOn();
    return s == null || s.isAfter(date) ? null : s;
  }
}
