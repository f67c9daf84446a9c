package io.github.cptssdk.fhir.internal;

import static io.github.cptssdk.fhir.FhirUris.*;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.fhir.FhirUris;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.PublishedValue;
import java.util.OptionalLong;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.Measure.MeasureGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * Indicator definitions as {@code Measure}s and published values as summary {@code MeasureReport}s
 * (fhir-mapping.md section 4): a rate is a {@code proportion} (numerator, denominator, unitless score in
 * 0..1), a count is a {@code cohort} (initial population count, no score: R4 forbids one on cohorts).
 * A masked cell carries no count and no score value: the group, each population and the score carry the
 * {@code data-absent-reason} extension {@code masked} (never the raw value). The score of a rate whose
 * denominator is 0 carries {@code not-a-number}.
 */
public final class Measures {

  static final String NUMERATOR = "numerator";
  static final String DENOMINATOR = "denominator";
  static final String INITIAL_POPULATION = "initial-population";
  private static final String MASKED = "masked";
  /** data-absent-reason of the score of a rate whose denominator is 0. */
  private static final String NOT_A_NUMBER = "not-a-number";

  private Measures() {}

  /** @return the canonical URL of the Measure of {@code indicator}, without version */
  public static String url(Indicator indicator) {
    return FhirUris.measure(Codes.code(indicator));
  }

  /** @return the Measure defining {@code indicator} (version {@link Indicator#DEFINITION_VERSION}) */
  public static Measure measure(Indicator indicator) {
    boolean rate = indicator.measure() == Indicator.Measure.RATE;
    Measure m = new Measure();
    m.setId(Codes.code(indicator));
    m.setUrl(url(indicator)).setVersion(Indicator.DEFINITION_VERSION).setName(indicator.name())
        .setTitle(title(indicator)).setStatus(PublicationStatus.ACTIVE)
        .setDescription(title(indicator) + ". Source: " + indicator.source());
    m.getScoring().addCoding(new Coding(CS_MEASURE_SCORING, rate ? "proportion" : "cohort", null));
    String improvement = indicator.direction() == Indicator.Direction.HIGHER_IS_BETTER ? "increase" : "decrease";
    m.getImprovementNotation().addCoding(new Coding(CS_MEASURE_IMPROVEMENT, improvement, null));
    MeasureGroupComponent g = m.addGroup();
    g.getCode().addCoding(new Coding(CS_INDICATOR, Codes.code(indicator), indicator.name()));
    if (rate) {
      population(g, DENOMINATOR, "Denominator", indicator.population());
      population(g, NUMERATOR, "Numerator", indicator.numerator());
    } else {
      population(g, INITIAL_POPULATION, "Initial Population", indicator.numerator());
    }
    return m;
  }

  private static String title(Indicator i) {
    return i.measure() == Indicator.Measure.RATE ? "Share of " + i.population() + " " + i.numerator() : "Number of " + i.numerator();
  }

  private static void population(MeasureGroupComponent g, String code, String expression, String description) {
    Measure.MeasureGroupPopulationComponent p = g.addPopulation();
    p.getCode().addCoding(new Coding(CS_MEASURE_POPULATION, code, null));
    p.setDescription(description);
    p.setCriteria(new Expression().setLanguage("text/cql").setExpression(expression));
  }

  /** @return the summary report of one published value of the CPTS {@code cpts} for calendar year {@code year} */
  public static MeasureReport report(CptsId cpts, int year, PublishedValue value) {
    Indicator indicator = value.indicator();
    MeasureReport r = new MeasureReport();
    r.setStatus(MeasureReportStatus.COMPLETE).setType(MeasureReportType.SUMMARY);
    r.setMeasure(url(indicator) + "|" + Indicator.DEFINITION_VERSION);
    r.setSubject(new Reference().setIdentifier(new org.hl7.fhir.r4.model.Identifier().setSystem(ID_TERRITORY).setValue(cpts.value())));
    r.setReporter(new Reference().setIdentifier(new org.hl7.fhir.r4.model.Identifier().setSystem(ID_CPTS).setValue(cpts.value())));
    r.setPeriod(new Period().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(year + "-01-01"))
        .setEndElement(new org.hl7.fhir.r4.model.DateTimeType(year + "-12-31")));
    MeasureReportGroupComponent g = r.addGroup();
    g.getCode().addCoding(new Coding(CS_INDICATOR, Codes.code(indicator), indicator.name()));
    boolean masked = value.suppression().masked();
    if (masked) {
      absent(g, MASKED);
      g.addExtension(EXT_SUPPRESSION, new CodeType(Codes.code(value.suppression())));
    }
    if (indicator.measure() == Indicator.Measure.RATE) {
      count(g, DENOMINATOR, value.denominator());
      count(g, NUMERATOR, value.numerator());
      value.rate().ifPresentOrElse(rate -> g.setMeasureScore(new Quantity().setValue(rate)),
          () -> absent(g.getMeasureScore(), masked ? MASKED : NOT_A_NUMBER));
    } else {
      count(g, INITIAL_POPULATION, value.numerator());
    }
    return r;
  }

  private static void count(MeasureReportGroupComponent g, String code, OptionalLong count) {
    MeasureReport.MeasureReportGroupPopulationComponent p = g.addPopulation();
    p.getCode().addCoding(new Coding(CS_MEASURE_POPULATION, code, null));
    count.ifPresentOrElse(n -> p.setCount(fhirInteger(n)), () -> absent(p, MASKED));
  }

  /** FHIR {@code integer} is 32-bit; larger counts cannot be written. */
  private static int fhirInteger(long n) {
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("count above the FHIR integer range (2^31 - 1)");
    }
    return (int) n;
  }

  private static void absent(Element e, String reason) {
    e.addExtension(EXT_DATA_ABSENT_REASON, new CodeType(reason));
  }
}
