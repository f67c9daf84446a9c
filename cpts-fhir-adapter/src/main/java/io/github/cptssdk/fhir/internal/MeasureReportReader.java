package io.github.cptssdk.fhir.internal;

import static io.github.cptssdk.fhir.FhirUris.*;

import io.github.cptssdk.fhir.FhirImportException;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.PublishedValue.Suppression;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;

/** Reads a published value back from a summary MeasureReport written by {@link Measures}. */
public final class MeasureReportReader {

  private MeasureReportReader() {}

  /** @throws FhirImportException ({@code CPTS-0807}) if the report is not of a cpts-sdk indicator */
  public static PublishedValue read(MeasureReport report) {
    Indicator indicator = indicator(report).orElseThrow(() -> new FhirImportException("CPTS-0807", measure(report)));
    MeasureReportGroupComponent g = report.getGroupFirstRep();
    Extension why = g.getExtensionByUrl(EXT_SUPPRESSION);
    Suppression suppression = why == null ? Suppression.NONE
        : Codes.fromCode(Suppression.class, why.getValue().primitiveValue()).orElse(Suppression.PRIMARY);
    boolean rate = indicator.measure() == Indicator.Measure.RATE;
    OptionalLong numerator = count(g, rate ? Measures.NUMERATOR : Measures.INITIAL_POPULATION);
    OptionalLong denominator = rate ? count(g, Measures.DENOMINATOR) : OptionalLong.empty();
    Optional<BigDecimal> score = rate && g.getMeasureScore().hasValue()
        ? Optional.of(g.getMeasureScore().getValue().setScale(6, RoundingMode.HALF_EVEN)) : Optional.empty();
    return new PublishedValue(indicator, numerator, denominator, score, suppression);
  }

  private static String measure(MeasureReport report) {
    return report.hasMeasure() ? report.getMeasure() : "(none)";
  }

  private static Optional<Indicator> indicator(MeasureReport report) {
    String url = measure(report);
    int bar = url.indexOf('|');
    String base = bar < 0 ? url : url.substring(0, bar);
    for (Indicator i : Indicator.values()) {
      if (Measures.url(i).equals(base)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static OptionalLong count(MeasureReportGroupComponent g, String code) {
    for (MeasureReportGroupPopulationComponent p : g.getPopulation()) {
      if (Codes.codeIn(p.getCode(), CS_MEASURE_POPULATION).filter(code::equals).isPresent() && p.hasCount()) {
        return OptionalLong.of(p.getCount());
      }
    }
    return OptionalLong.empty();
  }
}
