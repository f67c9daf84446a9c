package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.EvidenceStatus;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.Provenance;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Mission;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the funding engine derives from a version and a figure policy alone, computed once: the provenance
 * of each constant rule on contract figures and the national amount of each (item, mission, size band).
 * Values only (records), so sharing them gives the same results as building them per call. Thread-safe.
 */
final class RuleCache {

  static final List<String> CONTRACT = List.of("contract");

  private static volatile @Nullable RuleCache last;

  private final AciVersion version;
  private final FigurePolicy policy;
  private final Map<String, Provenance> contract = new ConcurrentHashMap<>();
  private final Map<NationalKey, Amount> national = new ConcurrentHashMap<>();

  private record NationalKey(FundingItem item, @Nullable Mission mission, SizeBand size, String rule) {}

  private RuleCache(AciVersion version, FigurePolicy policy) {
    this.version = version;
    this.policy = policy;
  }

  /** @return the cache of this version and policy (the last one used is kept) */
  static RuleCache of(AciVersion version, FigurePolicy policy) {
    RuleCache c = last;
    if (c == null || c.version != version || c.policy != policy) {
      c = new RuleCache(version, policy);
      last = c;
    }
    return c;
  }

  /** @return {@code Provenance.of(rule, version id, CONTRACT, ["contract"])}; {@code rule} is a constant */
  Provenance contract(String rule) {
    Provenance p = contract.get(rule);
    return p != null ? p : contract.computeIfAbsent(rule,
        r -> Provenance.of(r, version.id(), EvidenceStatus.CONTRACT, CONTRACT));
  }

  /** @return {@code base.withRule(rule)}, shared when the base is a contract figure of this version */
  Provenance withRule(Provenance base, String rule) {
    if (base.status() == EvidenceStatus.CONTRACT && base.versionId().equals(version.id())
        && base.sources().equals(CONTRACT)) {
      return contract(rule);
    }
    return base.withRule(rule);
  }

  /** @return the national figure of the version under the policy, its provenance naming {@code rule} */
  Amount national(FundingItem item, @Nullable Mission mission, SizeBand size, String rule) {
    NationalKey k = new NationalKey(item, mission, size, rule);
    Amount a = national.get(k);
    return a != null ? a : national.computeIfAbsent(k,
        x -> version.amount(item, mission, size, policy).map(rule, e -> e));
  }
}
