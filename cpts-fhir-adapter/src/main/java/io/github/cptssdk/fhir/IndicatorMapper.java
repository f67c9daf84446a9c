package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.fhir.internal.MeasureReportReader;
import io.github.cptssdk.fhir.internal.Measures;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.PublishedValue;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;

/**
 * The indicators of cpts-indicators in FHIR R4: one {@code Measure} per indicator definition (URL
 * {@code FhirUris.measure(code)}, version {@link Indicator#DEFINITION_VERSION}) and one summary
 * {@code MeasureReport} per CPTS, indicator and year. Only {@linkplain IndicatorReport#published()
 * published} values are mapped: a masked cell has no count and no score, only the
 * {@code data-absent-reason} extension {@code masked}.
 *
 * <p>Stateless and thread-safe; the resources returned are new mutable HAPI objects.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IndicatorMapper {

  private IndicatorMapper() {}

  /**
   * The definition of one indicator.
   *
   * @param indicator the indicator
   * @return the Measure defining {@code indicator}
   */
  public static Measure toMeasure(Indicator indicator) {
    return Measures.measure(Objects.requireNonNull(indicator, "indicator"));
  }

  /** @return the Measures of every indicator, in catalogue order */
  public static List<Measure> measures() {
    return Arrays.stream(Indicator.values()).map(Measures::measure).toList();
  }

  /**
   * One published value as FHIR.
   *
   * @param cpts the CPTS the value is for (the report's subject)
   * @param year the reference year (the report's period is that calendar year)
   * @param value the published value: a masked value is written without count nor score
   * @return the summary MeasureReport of one published value of the CPTS {@code cpts}
   */
  public static MeasureReport toMeasureReport(CptsId cpts, int year, PublishedValue value) {
    return Measures.report(Objects.requireNonNull(cpts, "cpts"), year, Objects.requireNonNull(value, "value"));
  }

  /**
   * Every published value of one CPTS as FHIR.
   *
   * @param report the indicator report
   * @param cpts the CPTS
   * @return the MeasureReports of every published value of the CPTS {@code cpts} in {@code report}
   * @throws IllegalArgumentException if the report has no area for that CPTS
   */
  public static List<MeasureReport> toMeasureReports(IndicatorReport report, CptsId cpts) {
    Area area = report.cpts(cpts).orElseThrow(() -> new IllegalArgumentException("no area for this CPTS in the report"));
    return report.published(area).stream().map(v -> Measures.report(cpts, report.year(), v)).toList();
  }

  /**
   * Reads a published value back.
   *
   * @param report a MeasureReport
   * @return the published value of a MeasureReport written by {@link #toMeasureReport}
   * @throws FhirImportException ({@code CPTS-0807}) if it does not report a cpts-sdk indicator
   */
  public static PublishedValue fromMeasureReport(MeasureReport report) {
    return MeasureReportReader.read(Objects.requireNonNull(report, "report"));
  }
}
