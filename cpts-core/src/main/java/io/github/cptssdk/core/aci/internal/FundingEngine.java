package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciRulesException;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.ContractMission;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.aci.VersionFeature;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.time.DateRange;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computes one contract year (aci-cpts.md 4.5, art. 9.1 of the accord and 6.1-6.2 of the model contract):
 * operating funding, each mission's fixed and variable part, and the payments of the features the version
 * declares (letter of intent, crisis activation). Each rule is a pure function returning its {@link Part}.
 */
public final class FundingEngine {

  private FundingEngine() {}

  /** @param period the contract year {@code number} of the contract ({@code c.year(number)}) */
  public static ContractYearFunding compute(AciContract contract, AciVersion version, int number, YearResults results,
      FigurePolicy policy, DateRange period) {
    if (number < 1 || number > version.contractYears()) {
      throw new AciRulesException("CPTS-0600",
          AciMessages.get().english("CPTS-0600", number, version.contractYears()));
    }
    Year year = new Year(contract, version, sizeOf(contract, version), number, period, results, policy);
    try {
      return parts(year, contract, version, number, period);
    } catch (ArithmeticException e) {
      throw new AciRulesException("CPTS-1492", AciMessages.get().english("CPTS-1492", number), e);
    }
  }

  /** @throws ArithmeticException if an amount, a sum or a proration does not fit in a long number of cents */
  private static ContractYearFunding parts(Year year, AciContract contract, AciVersion version, int number,
      DateRange period) {
    List<Part> parts = new ArrayList<>();
    if (version.has(VersionFeature.LETTER_OF_INTENT)) {
      parts.add(FeatureRules.letterOfIntent(year));
    }
    parts.add(OperatingRules.operating(year));
    for (ContractMission mission : contract.missions()) {
      parts.add(MissionRules.fixed(year, mission));
      parts.add(MissionRules.variable(year, mission));
      if (version.featureMission(VersionFeature.CRISIS_ACTIVATION).filter(m -> m == mission.mission()).isPresent()) {
        parts.add(FeatureRules.crisisActivation(year, mission.mission()));
      }
    }
    Part all = Part.concat(parts);
    checkTotals(all.lines());
    return new ContractYearFunding(number, period, version.id(), year.size(), all.lines(), all.payments());
  }

  /** The year's totals ({@link ContractYearFunding#knownEarned()}, {@link ContractYearFunding#knownEnvelope()}) fit in cents. */
  private static void checkTotals(List<FundingLine> lines) {
    long envelope = 0;
    long earned = 0;
    for (FundingLine l : lines) {
      Euros e = l.envelope().euros();
      Euros n = l.earned().euros();
      envelope = Math.addExact(envelope, e == null ? 0 : e.cents());
      earned = Math.addExact(earned, n == null ? 0 : n.cents());
    }
  }

  /** @return the size band stated by the contract, else derived from its population */
  public static SizeBand sizeOf(AciContract contract, AciVersion version) {
    SizeBand size = sizeOrNull(contract, version);
    if (size == null) {
      throw new AciRulesException("CPTS-0601", AciMessages.get().english("CPTS-0601"));
    }
    return size;
  }

  /** @return the size band stated by the contract, else derived from its population, else null (none or negative) */
  static @Nullable SizeBand sizeOrNull(AciContract contract, AciVersion version) {
    if (contract.size() != null) {
      return contract.size();
    }
    Long population = contract.population();
    return population == null || population < 0 ? null : version.sizeBand(population);
  }
}
