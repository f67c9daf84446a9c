package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.IndicatorResult;
import io.github.cptssdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The desk's action and result indicators of one CPTS for one period ({@link DeskIndicators}), every value
 * with its small-count mask. The breakdowns by fragility overlap (a request may have several) and no
 * complement is published, so primary suppression is enough. Immutable.
 *
 * @param period the period
 * @param threshold the suppression threshold used
 * @param values every measure, in a stable order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DeskReport(DateRange period, int threshold, Map<DeskMeasure, DeskCount> values) {

  /**
   * @param period the period
   * @param threshold the threshold
   * @param values the values (copied, order kept)
   */
  public DeskReport {
    Objects.requireNonNull(period, "period");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * @param measure a measure
   * @return its value (a count of 0 when the report has none)
   */
  public DeskCount value(DeskMeasure measure) {
    return values.getOrDefault(measure, new DeskCount(0, false));
  }

  /**
   * The results of the contract's indicator lines fed by the desk: each line gets the published value of its
   * measure; a masked value gives no result (the line stays unscored) unless {@code unmasked} is set, for the
   * annual review between the CPTS, the CPAM and the ARS.
   *
   * @param lines the contract line id and the measure that feeds it
   * @param unmasked whether to give masked values too (never to publish)
   * @return the results, in the order of {@code lines}
   */
  public List<IndicatorResult> indicatorResults(Map<String, DeskMeasure> lines, boolean unmasked) {
    List<IndicatorResult> out = new ArrayList<>();
    lines.forEach((line, measure) -> {
      DeskCount c = value(measure);
      if (unmasked || !c.masked()) {
        out.add(IndicatorResult.measured(line, BigDecimal.valueOf(c.value())));
      }
    });
    return out;
  }

  @Override
  public String toString() {
    return "DeskReport[" + period + "]";
  }
}
