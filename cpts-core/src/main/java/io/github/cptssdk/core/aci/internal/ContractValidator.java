package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.ContractMission;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks an {@link AciContract} against the version in force at its signature (codes CPTS-0500..0519). */
public final class ContractValidator {

  private ContractValidator() {}

  public static ValidationReport validate(AciRules rules, AciContract c) {
    List<ValidationIssue> issues = new ArrayList<>();
    Optional<AciVersion> version = rules.find(c.signedOn());
    if (version.isEmpty()) {
      issues.add(error("CPTS-0508", "signedOn", c.signedOn()));
    }
    size(c, version.orElse(null), issues);
    amount(c.operatingAtSignature(), "operatingAtSignature", issues);
    amount(c.operatingYearly(), "operatingYearly", issues);
    amount(c.letterOfIntent(), "letterOfIntent", issues);
    amount(c.crisisActivation(), "crisisActivation", issues);
    if (c.letterOfIntentValidatedOn() != null && c.letterOfIntentValidatedOn().isAfter(c.signedOn())) {
      issues.add(error("CPTS-0507", "letterOfIntentValidatedOn"));
    }
    missions(c, version.orElse(null), issues);
    return ValidationReport.of(issues);
  }

  private static void size(AciContract c, @Nullable AciVersion v, List<ValidationIssue> issues) {
    Long population = c.population();
    if (c.size() == null && population == null) {
      issues.add(error("CPTS-0510", "size"));
    } else if (population != null && population < 0) {
      issues.add(error("CPTS-0517", "population"));
    } else if (population != null && c.size() != null && v != null && v.sizeBand(population) != c.size()) {
      issues.add(ValidationIssue.warning("CPTS-0511", "size",
          AciMessages.get().text("CPTS-0511", c.size(), v.sizeBand(population))));
    }
  }

  private static void missions(AciContract c, @Nullable AciVersion v, List<ValidationIssue> issues) {
    if (c.missions().isEmpty()) {
      issues.add(error("CPTS-0500", "missions"));
    }
    Set<Mission> seen = EnumSet.noneOf(Mission.class);
    Set<String> lineIds = new HashSet<>();
    for (int i = 0; i < c.missions().size(); i++) {
      ContractMission m = c.missions().get(i);
      String path = "missions[" + i + "]";
      if (!seen.add(m.mission())) {
        issues.add(error("CPTS-0512", path + ".mission", m.mission()));
      }
      mission(c, v, m, path, lineIds, issues);
    }
    if (v != null) {
      for (Mission core : v.coreMissions(c.signedOn())) {
        if (!seen.contains(core)) {
          issues.add(error("CPTS-0501", "missions", core, v.id()));
        }
      }
    }
  }

  private static void mission(AciContract c, @Nullable AciVersion v, ContractMission m, String path,
      Set<String> lineIds, List<ValidationIssue> issues) {
    if (v != null && v.mission(m.mission()).isEmpty()) {
      issues.add(ValidationIssue.warning("CPTS-0516", path + ".mission", AciMessages.get().text("CPTS-0516", m.mission(), v.id())));
    }
    if (m.startedOn() != null && m.startedOn().isBefore(c.signedOn())) {
      issues.add(ValidationIssue.warning("CPTS-0518", path + ".startedOn", AciMessages.get().text("CPTS-0518")));
    }
    amount(m.fixedAmount(), path + ".fixedAmount", issues);
    if (m.fixedAmount() == null && v != null) {
      SizeBand size = FundingEngine.sizeOrNull(c, v);
      if (size != null && !v.amount(FundingItem.MISSION_FIXED, m.mission(), size, FigurePolicy.nationalDefaults()).isKnown()) {
        issues.add(ValidationIssue.warning("CPTS-0503", path + ".fixedAmount", AciMessages.get().text("CPTS-0503")));
      }
    }
    IndicatorValidator.lines(m.indicators(), path + ".indicators", lineIds, issues);
  }

  static void amount(@Nullable Euros e, String path, List<ValidationIssue> issues) {
    if (e != null && e.isNegative()) {
      issues.add(error("CPTS-0502", path));
    }
  }

  static ValidationIssue error(String code, String path, Object... args) {
    return ValidationIssue.error(code, path, AciMessages.get().text(code, args));
  }
}
