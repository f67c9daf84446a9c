package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.EvidenceStatus;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingRule;
import io.github.cptssdk.core.aci.Provenance;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.time.DateRange;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a rule reads about one contract year (immutable): the contract, the version in force, the
 * size band, the year and its results, and the figure policy.
 */
record Year(AciContract contract, AciVersion version, SizeBand size, int number, DateRange period,
    YearResults results, FigurePolicy policy) {

  static final List<String> CONTRACT = List.of("contract");

  /** @return the amount stated by the contract (status CONTRACT), else the national figure, named by {@code rule} */
  Amount statedOr(@Nullable Euros stated, FundingItem item, @Nullable Mission mission, FundingRule rule) {
    if (stated != null) {
      return Amount.known(stated, contract(rule));
    }
    return version.amount(item, mission, size, policy).map(rule, e -> e);
  }

  /** @return the provenance of an amount the contract states */
  Provenance contract(FundingRule rule) {
    return Provenance.of(rule, version.id(), EvidenceStatus.CONTRACT, CONTRACT);
  }
}
