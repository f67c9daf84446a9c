package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.IndicatorLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A result set against the baseline ("valeur initiale") and the target of a contract line
 * (aci-cpts.md 5.3: e.g. ALD without MT, baseline 219, target 50 or fewer). Immutable.
 *
 * @param indicator the indicator
 * @param basis whether the contract counts people or a share
 * @param baseline the baseline value
 * @param target the target value
 * @param current the measured value
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Evolution(Indicator indicator, Basis basis, BigDecimal baseline, BigDecimal target, BigDecimal current) {

  /** What the contract line measures. */
  public enum Basis {
    /** The numerator (a number of people). */
    COUNT,
    /** The rate (a share). */
    RATE
  }

  /**
   * Checks the components.
   *
   * @param indicator the indicator
   * @param basis whether the contract counts people or a share
   * @param baseline the baseline value
   * @param target the target value
   * @param current the measured value
   * @throws NullPointerException if a component is null
   */
  public Evolution {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(current, "current");
  }

  /**
   * The evolution of a computed (not suppressed) result.
   *
   * @param result the measured result
   * @param basis whether to compare its numerator or its rate
   * @param baseline the contract's baseline, in the unit of {@code basis}
   * @param target the contract's target, in the unit of {@code basis}
   * @return the evolution of {@code result} against a baseline and a target
   * @throws IllegalArgumentException if the basis is RATE and the result has no rate
   */
  public static Evolution of(IndicatorResult result, Basis basis, BigDecimal baseline, BigDecimal target) {
    BigDecimal current = basis == Basis.COUNT ? BigDecimal.valueOf(result.numerator())
        : result.rate().orElseThrow(() -> new IllegalArgumentException("the result has no rate (empty denominator)"));
    return new Evolution(result.indicator(), basis, baseline, target, current);
  }

  /**
   * The evolution of a published value: empty when the cell is masked, so that a masked count is never
   * shown through its change or its progress.
   *
   * @param value the published value
   * @param basis whether to compare its numerator or its rate
   * @param baseline the contract's baseline, in the unit of {@code basis}
   * @param target the contract's target, in the unit of {@code basis}
   * @return the evolution of {@code value} against a baseline and a target, if the value is published
   */
  public static Optional<Evolution> ofPublished(PublishedValue value, Basis basis, BigDecimal baseline, BigDecimal target) {
    Objects.requireNonNull(value, "value");
    Optional<BigDecimal> current = basis == Basis.COUNT
        ? value.numerator().stream().mapToObj(BigDecimal::valueOf).findFirst() : value.rate();
    return current.map(c -> new Evolution(value.indicator(), basis, baseline, target, c));
  }

  /**
   * The evolution of a published value against the baseline and target of a RESULT line of a contract
   * (the line the funding engine scores).
   *
   * @param value the published value
   * @param basis whether to compare its numerator or its rate
   * @param line the contract line giving the baseline and the target
   * @return the evolution, if the value is published
   * @throws IllegalArgumentException if the line has no baseline or no target (an ACTION line)
   */
  public static Optional<Evolution> ofPublished(PublishedValue value, Basis basis, IndicatorLine line) {
    Objects.requireNonNull(line, "line");
    if (line.baseline() == null || line.target() == null) {
      throw new IllegalArgumentException("the line needs a baseline and a target (a RESULT line)");
    }
    return ofPublished(value, basis, line.baseline(), line.target());
  }

  /**
   * Hands the measured value to the funding engine.
   *
   * @param lineId the id of the contract line
   * @return the measured value of a RESULT line for the funding engine
   *     ({@code AciRules} via {@code YearResults}): {@link #current()} under {@code lineId}
   */
  public io.github.cptssdk.core.aci.IndicatorResult toLineResult(String lineId) {
    return io.github.cptssdk.core.aci.IndicatorResult.measured(lineId, current);
  }

  /** @return current - baseline */
  public BigDecimal change() {
    return current.subtract(baseline);
  }

  /** @return true if the target is reached in the indicator's direction of improvement */
  public boolean targetMet() {
    int c = current.compareTo(target);
    return indicator.direction() == Indicator.Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
  }

  /** @return the share of the way from baseline to target covered (4 decimals), empty if they are equal */
  public Optional<BigDecimal> progress() {
    BigDecimal span = target.subtract(baseline);
    if (span.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(change().divide(span, 4, RoundingMode.HALF_EVEN));
  }
}
