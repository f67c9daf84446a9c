package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.AttainmentFormula;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.IndicatorKind;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.IndicatorResult;
import io.github.cptssdk.core.aci.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Scores one indicator line (aci-cpts.md 5.3; no national formula exists, the formula is contract data):
 * ACTION paid in full when proven; RESULT by tiers (best reached) or by {@link AttainmentFormula}.
 * Never more than the line amount. The one place of the attainment formula.
 */
public final class Attainment {

  private Attainment() {}

  /** @return the euros earned, or null if the line cannot be scored (no amount, no baseline or target) */
  public static @Nullable Euros earnedOrNull(IndicatorLine line, @Nullable IndicatorResult result,
      AttainmentFormula formula, boolean allMet) {
    Euros amount = line.amount();
    if (amount == null || amount.isNegative()) {
      return null;
    }
    if (line.kind() == IndicatorKind.ACTION) {
      return allMet || result != null && Boolean.TRUE.equals(result.proven()) ? amount : Euros.ZERO;
    }
    BigDecimal baseline = line.baseline();
    BigDecimal target = line.target();
    if (baseline == null || target == null || baseline.compareTo(target) == 0) {
      return null;
    }
    if (allMet) {
      return amount;
    }
    BigDecimal value = result == null ? null : result.value();
    if (value == null) {
      return Euros.ZERO;
    }
    Euros e = line.tiers().isEmpty() ? byFormula(formula, amount, baseline, target, value) : byTiers(line, value);
    return e.min(amount);
  }

  /**
   * LINEAR: {@code amount x clamp((value - baseline) / (target - baseline), 0, 1)}, computed exactly and
   * rounded down to the cent. THRESHOLD: the amount once the target is reached, else nothing.
   */
  static Euros byFormula(AttainmentFormula formula, Euros amount, BigDecimal baseline, BigDecimal target,
      BigDecimal value) {
    BigDecimal progress = value.subtract(baseline);
    BigDecimal span = target.subtract(baseline);
    if (span.signum() < 0) {
      progress = progress.negate();
      span = span.negate();
    }
    if (progress.signum() <= 0) {
      return Euros.ZERO;
    }
    if (progress.compareTo(span) >= 0) {
      return amount;
    }
    if (formula == AttainmentFormula.THRESHOLD) {
      return Euros.ZERO;
    }
    return Euros.ofCents(BigDecimal.valueOf(amount.cents()).multiply(progress).divide(span, 0, RoundingMode.DOWN)
        .longValueExact());
  }

  private static Euros byTiers(IndicatorLine line, BigDecimal value) {
    boolean decreasing = line.decreasing();
    Euros best = Euros.ZERO;
    for (Tier t : line.tiers()) {
      boolean reached = decreasing ? value.compareTo(t.threshold()) <= 0 : value.compareTo(t.threshold()) >= 0;
      if (reached && t.amount().compareTo(best) > 0) {
        best = t.amount();
      }
    }
    return best;
  }
}
