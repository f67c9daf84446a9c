package io.github.cptssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.Payment;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.json.CptsJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples the READMEs quote do what their comments say. */
class ExamplesTest {

  private static final Path DATA = Path.of("data").toAbsolutePath();

  @Test
  void eligibility_of_the_sete_example_finds_no_error_and_names_its_optional_mission_with_code_and_path() {
    ValidationReport report = FundingExample.eligibility(DATA, LocalDate.of(2025, 3, 1));
    assertThat(report.isValid()).isTrue();
    assertThat(report.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo("CPTS-0443");
      assertThat(i.path()).isEqualTo("missions[4]");
      assertThat(i.message().fr()).isNotBlank().isNotEqualTo(i.message().en());
    });
  }

  @Test
  void funding_of_year_2_pays_exactly_what_it_earns_and_keeps_unknown_figures_unknown() {
    ContractYearFunding year = FundingExample.year2(DATA);
    assertThat(year.year()).isEqualTo(2);
    assertThat(year.period().start()).isEqualTo(LocalDate.of(2023, 11, 15));
    assertThat(year.payments().stream().map(Payment::amount).reduce(Euros.ZERO, Euros::plus)).isEqualTo(year.knownEarned());
    Euros fixed = year.lines().stream().filter(l -> l.item() == FundingItem.MISSION_FIXED)
        .map(l -> l.earned().value().orElseThrow()).reduce(Euros.ZERO, Euros::plus);
    // the fixed parts of the missions started before year 2 (90,000 + 45,000 + 17,500 + 22,500); the quality
    // mission (15,000) has not started, so it earns nothing
    assertThat(fixed).isEqualTo(Euros.of(175_000));
    assertThat(year.unknowns()).extracting(FundingLine::item).containsExactly(FundingItem.OPERATING_YEARLY);
  }

  @Test
  void json_and_fhir_round_trips_are_lossless() {
    String json = DocumentsExample.json(DATA);
    assertThat(CptsJson.readString(json)).isEqualTo(CptsJson.read(DATA.resolve("cpts-sete.json")));
    assertThat(DocumentsExample.fhir(DATA).cpts()).isEqualTo(CptsJson.read(DATA.resolve("cpts-sete.json")));
  }

  @Test
  void indicators_of_a_real_territory_have_plausible_rates_and_no_small_published_counts() {
    List<PublishedValue> values = IndicatorsExample.sete();
    assertThat(values).extracting(PublishedValue::indicator).contains(Indicator.BREAST_SCREENING, Indicator.NO_MT_17_PLUS);
    values.forEach(v -> v.numerator().ifPresent(n -> assertThat(n == 0 || n >= 11).as(v.indicator().name()).isTrue()));
    PublishedValue breast = values.stream().filter(v -> v.indicator() == Indicator.BREAST_SCREENING).findFirst().orElseThrow();
    assertThat(breast.rate().orElseThrow().doubleValue()).isBetween(0.3, 0.7);
  }
}
