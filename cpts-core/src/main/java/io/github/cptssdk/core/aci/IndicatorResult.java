package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one indicator line for a contract year, as decided at the annual review: an ACTION is
 * proven or not, a RESULT has a measured value. Immutable.
 *
 * @param lineId the indicator line
 * @param proven for an ACTION: whether it was proven
 * @param value for a RESULT: the measured value
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record IndicatorResult(String lineId, @Nullable Boolean proven, @Nullable BigDecimal value) {

  /**
   * @param lineId the line
   * @param proven for an ACTION, or null
   * @param value for a RESULT, or null
   * @throws NullPointerException if {@code lineId} is null
   */
  public IndicatorResult {
    Objects.requireNonNull(lineId, "lineId");
  }

  /**
   * @param lineId the indicator line
   * @param proven whether the action was proven
   * @return the result of an ACTION line
   */
  public static IndicatorResult proven(String lineId, boolean proven) {
    return new IndicatorResult(lineId, proven, null);
  }

  /**
   * @param lineId the indicator line
   * @param value the measured value
   * @return the result of a RESULT line
   */
  public static IndicatorResult measured(String lineId, BigDecimal value) {
    return new IndicatorResult(lineId, null, Objects.requireNonNull(value, "value"));
  }
}
