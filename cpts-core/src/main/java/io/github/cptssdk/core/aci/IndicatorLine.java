package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.internal.Attainment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One indicator line of a mission's variable part: an ACTION paid when proven, or a RESULT paid by
 * attainment of its target from its baseline (or by tiers). The mission's variable envelope is the sum
 * of its lines' amounts. Missing or inconsistent fields are reported by {@link AciRules#validate}, not
 * thrown. Immutable.
 *
 * @param id key of the line within the contract, e.g. {@code acces-ald}
 * @param label what is measured
 * @param kind ACTION or RESULT
 * @param baseline initial value (RESULT)
 * @param target value to reach (RESULT)
 * @param tiers optional tiers (RESULT); the best reached pays
 * @param amount the most the line pays, null if missing
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record IndicatorLine(String id, String label, IndicatorKind kind, @Nullable BigDecimal baseline,
    @Nullable BigDecimal target, List<Tier> tiers, @Nullable Euros amount) {

  /**
   * @param id the key
   * @param label the label
   * @param kind the kind
   * @param baseline the baseline, or null
   * @param target the target, or null
   * @param tiers the tiers (copied)
   * @param amount the amount, or null
   * @throws NullPointerException if {@code id}, {@code label}, {@code kind} or {@code tiers} is null
   */
  public IndicatorLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
  }

  /**
   * @param id key of the line
   * @param label what is done
   * @param amount what it pays when proven
   * @return an action line
   */
  public static IndicatorLine action(String id, String label, Euros amount) {
    return new IndicatorLine(id, label, IndicatorKind.ACTION, null, null, List.of(), amount);
  }

  /**
   * @param id key of the line
   * @param label what is measured
   * @param baseline initial value
   * @param target value to reach
   * @param amount the most it pays
   * @return a result line scored by the contract's formula
   */
  public static IndicatorLine result(String id, String label, BigDecimal baseline, BigDecimal target, Euros amount) {
    return new IndicatorLine(id, label, IndicatorKind.RESULT, baseline, target, List.of(), amount);
  }

  /**
   * @param id key of the line
   * @param label what is measured
   * @param baseline initial value
   * @param target value to reach
   * @param tiers the tiers
   * @return a tiered result line paying at most its best tier
   */
  public static IndicatorLine tiered(String id, String label, BigDecimal baseline, BigDecimal target, List<Tier> tiers) {
    Euros max = tiers.stream().map(Tier::amount).max(Euros::compareTo).orElse(Euros.ZERO);
    return new IndicatorLine(id, label, IndicatorKind.RESULT, baseline, target, tiers, max);
  }

  /** @return true if the target is below the baseline (fewer is better); null-safe: false if either is missing */
  public boolean decreasing() {
    return baseline != null && target != null && target.compareTo(baseline) < 0;
  }

  /**
   * What this line earns for one year's result: the funding engine's own scoring (aci-cpts.md 5.3), an ACTION
   * its amount when proven, a RESULT by its tiers (best reached) or by {@code formula}, never more than its
   * amount; no result earns nothing.
   *
   * @param result the result of the year, or null if none was given
   * @param formula how a RESULT line without tiers is scored (the contract's {@link AciContract#formula()})
   * @return the euros earned, or empty if the line cannot be scored (no or a negative amount; a RESULT line
   *     without a baseline and a distinct target)
   */
  public Optional<Euros> earned(@Nullable IndicatorResult result, AttainmentFormula formula) {
    return Optional.ofNullable(Attainment.earnedOrNull(this, result, Objects.requireNonNull(formula, "formula"), false));
  }

  /**
   * @param newAmount the most the line pays, or null
   * @return a copy with that amount
   */
  public IndicatorLine withAmount(@Nullable Euros newAmount) {
    return new IndicatorLine(id, label, kind, baseline, target, tiers, newAmount);
  }
}
