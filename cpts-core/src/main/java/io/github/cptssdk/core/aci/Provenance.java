package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where an amount comes from: the rule that computed it, the agreement version, the evidence status of
 * the figure and its source keys (those of {@code aci-cpts.md}). Immutable.
 *
 * @param rule the rule, e.g. {@link FundingRule#FIXED_PRORATED}
 * @param versionId the ACI version, e.g. {@code AVENANT_2}
 * @param status the evidence status of the underlying figure ({@code CONFIRMED} for contract-stated amounts)
 * @param sources source keys, or {@code contract} for an amount stated by the contract
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Provenance(FundingRule rule, AciVersionId versionId, EvidenceStatus status, List<String> sources) {

  /**
   * @param rule the rule
   * @param versionId the version
   * @param status the status
   * @param sources the sources (copied)
   * @throws NullPointerException if a required component is null
   */
  public Provenance {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(status, "status");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
  }

  /**
   * @param rule the rule
   * @param versionId the ACI version
   * @param status the evidence status
   * @param sources source keys
   * @return the provenance
   */
  public static Provenance of(FundingRule rule, AciVersionId versionId, EvidenceStatus status, List<String> sources) {
    return new Provenance(rule, versionId, status, sources);
  }

  /**
   * @param newRule the rule
   * @return a copy with that rule
   */
  public Provenance withRule(FundingRule newRule) {
    return new Provenance(newRule, versionId, status, sources);
  }

  @Override
  public String toString() {
    return rule + " [" + versionId + ", " + status + (sources.isEmpty() ? "" : ", " + String.join(",", sources)) + "]";
  }
}
