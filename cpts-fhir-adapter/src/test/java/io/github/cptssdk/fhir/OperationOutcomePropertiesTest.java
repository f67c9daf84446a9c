package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.validation.LocalizedText;
import io.github.cptssdk.core.validation.Severity;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;

/** ValidationReport -> OperationOutcome -> ValidationReport, through JSON, gives back the report. */
class OperationOutcomePropertiesTest {

  @Provide
  Arbitrary<ValidationReport> reports() {
    Arbitrary<String> code = Arbitraries.integers().between(0, 9999).map(n -> String.format("CPTS-%04d", n));
    Arbitrary<String> path = Arbitraries.of("", "name", "professionals[3].rpps", "territory.communes[0]",
        "Bundle.entry[2].resource.identifier[1]");
    Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é', '\'', ':')
        .ofMinLength(1).ofMaxLength(40).map(String::trim).filter(s -> !s.isEmpty());
    Arbitrary<ValidationIssue> issue = Combinators.combine(Arbitraries.of(Severity.class), code, path, text, text)
        .as((s, c, p, en, fr) -> new ValidationIssue(s, c, p, LocalizedText.of(en, fr)));
    return issue.list().ofMaxSize(6).map(ValidationReport::of);
  }

  @Property(tries = 200)
  void reportSurvivesAnOperationOutcomeInJson(@ForAll("reports") ValidationReport report) {
    OperationOutcome oo = FhirMapper.toOperationOutcome(report);
    OperationOutcome parsed = (OperationOutcome) FhirMapper.parse(FhirMapper.toJson(oo));
    assertThat(FhirMapper.fromOperationOutcome(parsed)).isEqualTo(report);
  }

  @Test
  void severityCodeLocationAndBothLanguagesAreMapped() {
    ValidationReport report = ValidationReport.of(
        ValidationIssue.error("CPTS-0101", "professionals[0].rpps", LocalizedText.of("bad key", "clé fausse")),
        ValidationIssue.info("CPTS-0102", "", LocalizedText.of("note", "remarque")));
    OperationOutcome oo = FhirMapper.toOperationOutcome(report);
    assertThat(oo.getIssue()).hasSize(2);
    assertThat(oo.getIssueFirstRep().getSeverity()).isEqualTo(IssueSeverity.ERROR);
    assertThat(oo.getIssueFirstRep().getCode()).isEqualTo(IssueType.INVALID);
    assertThat(oo.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("professionals[0].rpps");
    assertThat(oo.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("CPTS-0101");
    assertThat(oo.getIssueFirstRep().getDetails().getText()).isEqualTo("bad key");
    assertThat(FhirMapper.toJson(oo)).contains("clé fausse");
    assertThat(oo.getIssue().get(1).getSeverity()).isEqualTo(IssueSeverity.INFORMATION);
    assertThat(oo.getIssue().get(1).getExpression()).isEmpty();
  }

  @Test
  void anEmptyReportIsAnOutcomeWithOneInformation() {
    OperationOutcome oo = FhirMapper.toOperationOutcome(ValidationReport.valid());
    assertThat(oo.getIssue()).singleElement().satisfies(i -> assertThat(i.getSeverity()).isEqualTo(IssueSeverity.INFORMATION));
    assertThat(FhirMapper.fromOperationOutcome(oo).issues()).isEmpty();
  }
}
