package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AciVersion;
import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.EvidenceStatus;
import io.github.cptssdk.core.aci.FigurePolicy;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.Provenance;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Mission;
import java.util.Arrays;
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

  /** Rules kept in the identity snapshot; the engine has fewer constant rules on contract figures. */
  private static final int MAX_IDENTITY_ENTRIES = 32;

  private static volatile @Nullable RuleCache last;

  private final AciVersion version;
  private final FigurePolicy policy;
  /**
   * The rules looked up so far, by identity: {@code [rule0, provenance0, rule1, provenance1, ...]}, replaced
   * (never changed) when a rule is added. The rules are the engine's string constants, so an identity scan of
   * a dozen entries answers before any hashing; any other string (or a rule beyond the snapshot, or one a racing
   * writer dropped) gets an equal provenance built again: provenances are values.
   */
  private volatile Object[] byIdentity = new Object[0];
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
    Object[] known = byIdentity;
    for (int i = 0; i < known.length; i += 2) {
      if (known[i] == rule) {
        return (Provenance) known[i + 1];
      }
    }
    Provenance p = Provenance.of(rule, version.id(), EvidenceStatus.CONTRACT, CONTRACT);
    remember(rule, p);
    return p;
  }

  /** Adds {@code rule} to the identity snapshot (racing writers may drop an entry: it is then built again). */
  private void remember(String rule, Provenance p) {
    Object[] known = byIdentity;
    if (known.length < 2 * MAX_IDENTITY_ENTRIES) {
      Object[] next = Arrays.copyOf(known, known.length + 2);
      next[known.length] = rule;
      next[known.length + 1] = p;
      byIdentity = next;
    }
  }

  /** @return {@code base.withRule(rule)}, shared when the base is a contract figure of this version */
  Provenance withRule(Provenance base, String rule) {
    if (base.status() == EvidenceStatus.CONTRACT && base.versionId().equals(version.id())
        && (base.sources() == CONTRACT || base.sources().equals(CONTRACT))) {
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
