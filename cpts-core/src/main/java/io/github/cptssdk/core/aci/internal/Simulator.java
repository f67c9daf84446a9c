package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.EvidenceStatus;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingRule;
import io.github.cptssdk.core.aci.MissionRule;
import io.github.cptssdk.core.aci.Provenance;
import io.github.cptssdk.core.aci.SimulatedLine;
import io.github.cptssdk.core.aci.Simulation;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Mission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The maxima of each funding line for a size band at a date, from the national tables. */
public final class Simulator {

  private Simulator() {}

  public static Simulation simulate(AciVersion v, SizeBand size, LocalDate date, Set<Mission> missions,
      FigurePolicy policy) {
    List<SimulatedLine> lines = new ArrayList<>();
    lines.add(new SimulatedLine(FundingItem.OPERATING_AT_SIGNATURE, null,
        v.amount(FundingItem.OPERATING_AT_SIGNATURE, null, size, policy), false));
    optional(v, FundingItem.LETTER_OF_INTENT, null, size, policy, false).ifPresent(lines::add);
    lines.add(new SimulatedLine(FundingItem.OPERATING_YEARLY, null, v.amount(FundingItem.OPERATING_YEARLY, null, size, policy), true));
    for (Mission m : missions.isEmpty() ? Set.<Mission>of() : EnumSet.copyOf(missions)) {
      lines.addAll(mission(v, m, size, date, policy));
    }
    return new Simulation(v.id(), date, size, lines, v.amount(FundingItem.MAX_ANNUAL_TOTAL, null, size, policy));
  }

  private static List<SimulatedLine> mission(AciVersion v, Mission m, SizeBand size, LocalDate date, FigurePolicy policy) {
    Optional<MissionRule> rule = v.mission(m);
    if (rule.isEmpty() || date.isBefore(rule.get().effectiveFrom())) {
      FundingRule why = rule.isEmpty() ? FundingRule.MISSION_NOT_IN_VERSION : FundingRule.MISSION_NOT_YET_APPLICABLE;
      Amount zero = Amount.known(Euros.ZERO, Provenance.of(why, v.id(), EvidenceStatus.CONFIRMED, List.of()));
      return List.of(new SimulatedLine(FundingItem.MISSION_FIXED, m, zero, true));
    }
    List<SimulatedLine> out = new ArrayList<>();
    out.add(new SimulatedLine(FundingItem.MISSION_FIXED, m, v.amount(FundingItem.MISSION_FIXED, m, size, policy), true));
    out.add(new SimulatedLine(FundingItem.MISSION_VARIABLE, m, v.amount(FundingItem.MISSION_VARIABLE, m, size, policy), true));
    optional(v, FundingItem.SNP_COMPENSATION, m, size, policy, true).ifPresent(out::add);
    optional(v, FundingItem.CRISIS_ACTIVATION, m, size, policy, true).ifPresent(out::add);
    return out;
  }

  private static Optional<SimulatedLine> optional(AciVersion v, FundingItem item, @Nullable Mission m, SizeBand size,
      FigurePolicy policy, boolean annual) {
    if (v.figures(item, m, size).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SimulatedLine(item, m, v.amount(item, m, size, policy), annual));
  }
}
