package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.time.DateRange;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.PatientRecord;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.PublishedValue.Suppression;
import io.github.cptssdk.indicators.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.junit.jupiter.api.Test;

/**
 * Indicators as Measures and summary MeasureReports: values survive JSON and XML, masked cells never
 * carry a count, and everything written validates with no error once the validator knows the Measures.
 */
class IndicatorMapperTest {

  private static final int YEAR = 2024;

  private static String errors(ValidationReport report) {
    return report.errors().stream().map(ValidationIssue::toString).collect(Collectors.joining("\n"));
  }

  @Provide
  Arbitrary<PublishedValue> values() {
    Arbitrary<Indicator> indicator = Arbitraries.of(Indicator.class);
    Arbitrary<PublishedValue> published = Combinators.combine(indicator, Arbitraries.longs().between(0, 5_000_000),
        Arbitraries.longs().between(0, 5_000_000)).as((i, a, b) -> {
          boolean rate = i.measure() == Indicator.Measure.RATE;
          long num = rate ? Math.min(a, b) : a;
          long den = rate ? Math.max(a, b) : 0;
          return PublishedValue.of(new IndicatorResult(i, num, den, DateRange.of(LocalDate.of(YEAR, 1, 1),
              LocalDate.of(YEAR + 1, 1, 1)), Indicator.DEFINITION_VERSION));
        });
    Arbitrary<PublishedValue> masked = Combinators.combine(indicator, Arbitraries.of(Suppression.PRIMARY, Suppression.SECONDARY))
        .as(PublishedValue::masked);
    return Arbitraries.oneOf(published, masked);
  }

  @Property(tries = 200)
  void aPublishedValueSurvivesJsonAndXml(@ForAll("values") PublishedValue value) {
    MeasureReport report = IndicatorMapper.toMeasureReport(Examples.thau().id(), YEAR, value);
    MeasureReport json = (MeasureReport) FhirMapper.parse(FhirMapper.toJson(report));
    MeasureReport xml = (MeasureReport) FhirMapper.parse(FhirMapper.toXml(report));
    assertThat(IndicatorMapper.fromMeasureReport(json)).isEqualTo(value);
    assertThat(IndicatorMapper.fromMeasureReport(xml)).isEqualTo(value);
  }

  @Property(tries = 100)
  void aMaskedCellNeverCarriesACountOrAScore(@ForAll("values") PublishedValue value) {
    MeasureReportGroupComponent g = IndicatorMapper.toMeasureReport(Examples.thau().id(), YEAR, value).getGroupFirstRep();
    boolean masked = value.suppression().masked();
    assertThat(g.getPopulation()).allSatisfy(p -> {
      assertThat(p.hasCount()).isNotEqualTo(masked);
      assertThat(p.hasExtension(FhirUris.EXT_DATA_ABSENT_REASON)).isEqualTo(masked);
    });
    assertThat(g.hasExtension(FhirUris.EXT_DATA_ABSENT_REASON)).isEqualTo(masked);
    assertThat(g.getMeasureScore().hasValue()).isEqualTo(value.rate().isPresent());
    if (value.indicator().measure() == Indicator.Measure.COUNT) {
      assertThat(g.hasMeasureScore()).isFalse();
    }
  }

  @Test
  void everyMeasureValidates() {
    for (Measure m : IndicatorMapper.measures()) {
      ValidationReport report = SharedFhir.validator().validate(m);
      assertThat(report.isValid()).as(m.getUrl() + "\n" + errors(report)).isTrue();
    }
    assertThat(IndicatorMapper.measures()).hasSize(Indicator.values().length);
  }

  @Test
  void reportsOfAnEngineRunValidateAgainstTheirMeasure() {
    Cpts thau = Examples.thau();
    IndicatorEngine engine = IndicatorEngine.builder().referential(CommuneReferential.official())
        .territories(Map.of(thau.id(), thau.territory())).year(YEAR).build();
    IndicatorReport result = engine.compute(IntStream.range(0, 400).mapToObj(IndicatorMapperTest::patient));
    List<MeasureReport> reports = IndicatorMapper.toMeasureReports(result, thau.id());
    assertThat(reports).hasSize(Indicator.values().length);
    assertThat(reports).anySatisfy(r -> assertThat(r.getGroupFirstRep().getPopulationFirstRep().hasCount()).isFalse());
    for (MeasureReport r : reports) {
      ValidationReport report = SharedFhir.validator().validate(r);
      assertThat(report.isValid()).as(r.getMeasure() + "\n" + errors(report)).isTrue();
      assertThat(report.issues()).noneMatch(i -> i.message().en().contains("Measure") && i.message().en().contains("not"));
    }
  }

  private static PatientRecord patient(int i) {
    CommuneCode commune = CommuneCode.of(i % 2 == 0 ? "34301" : "34108");
    return PatientRecord.of("p" + i, 1930 + i % 80, i % 3 == 0 ? Sex.MALE : Sex.FEMALE, commune).withTreatingDoctor(i % 7 != 0);
  }

  @Test
  void aScoreWithAUnitIsCaughtByTheValidator() {
    PublishedValue v = PublishedValue.of(new IndicatorResult(Indicator.NO_MT_17_PLUS, 30, 300,
        DateRange.of(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR + 1, 1, 1)), Indicator.DEFINITION_VERSION));
    MeasureReport r = IndicatorMapper.toMeasureReport(Examples.thau().id(), YEAR, v);
    r.getGroupFirstRep().getMeasureScore().setSystem("http://unitsofmeasure.org").setCode("%");
    assertThat(SharedFhir.validator().validate(r).errors()).isNotEmpty();
  }

  @Test
  void aReportOfAnotherMeasureIsRefusedWithACode() {
    MeasureReport r = new MeasureReport().setMeasure("https://example.org/Measure/x|1");
    assertThatThrownBy(() -> IndicatorMapper.fromMeasureReport(r))
        .isInstanceOf(FhirImportException.class).hasMessageStartingWith("CPTS-0807");
  }
}
