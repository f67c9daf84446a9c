package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import io.github.cptssdk.core.internal.Redaction;
import io.github.cptssdk.core.validation.LocalizedText;
import io.github.cptssdk.core.validation.Severity;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.FhirUris;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@link ValidationReport} to and from {@link OperationOutcome}: severity, the cpts-sdk code in
 * {@code details.coding}, the English text in {@code details.text} with its French translation
 * (core {@code translation} extension), the path in {@code expression}. Also maps HAPI validation results.
 */
public final class Outcomes {

  /**
   * Validator messages dropped from reports: narrative advice (dom-6), which generated data never carries,
   * and the information-level trace of slice matching ("does not match any known slice... may not be a
   * problem", "Details for ... matching against profile"), which is not a finding.
   */
  private static final Set<String> IGNORED_MESSAGE_IDS = Set.of(
      "http://hl7.org/fhir/StructureDefinition/DomainResource#dom-6", "Details_for__matching_against_Profile_");

  /**
   * Validator errors reported as warnings. MEASURE_MR_SCORE_VALUE_REQUIRED: the HL7 validator wants a
   * value on the measureScore of every proportion MeasureReport, but a masked (small-count) or 0/0 rate
   * has none and carries the core data-absent-reason extension instead, which R4 allows on any element;
   * a score with neither value nor extension still fails ele-1.
   */
  private static final Set<String> DOWNGRADED_MESSAGE_IDS = Set.of("MEASURE_MR_SCORE_VALUE_REQUIRED");

  private static final String FHIR_VALIDATION = "CPTS-0850";

  private Outcomes() {}

  public static OperationOutcome toOutcome(ValidationReport report) {
    OperationOutcome oo = new OperationOutcome();
    for (ValidationIssue i : report.issues()) {
      OperationOutcomeIssueComponent c = oo.addIssue().setSeverity(severity(i.severity()))
          .setCode(i.severity() == Severity.INFO ? IssueType.INFORMATIONAL : IssueType.INVALID);
      c.getDetails().addCoding(new Coding(FhirUris.CS_ERROR_CODE, i.code(), null));
      c.getDetails().setText(i.message().en());
      Extension translation = c.getDetails().getTextElement().addExtension().setUrl(FhirUris.EXT_TRANSLATION);
      translation.addExtension("lang", new org.hl7.fhir.r4.model.CodeType("fr"));
      translation.addExtension("content", new StringType(i.message().fr()));
      if (!i.path().isEmpty()) {
        c.addExpression(i.path());
      }
    }
    if (report.issues().isEmpty()) {
      oo.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL).getDetails().setText("No issue");
    }
    return oo;
  }

  public static ValidationReport fromOutcome(OperationOutcome oo) {
    List<ValidationIssue> list = new ArrayList<>();
    for (OperationOutcomeIssueComponent c : oo.getIssue()) {
      String code = c.getDetails().getCoding().stream().filter(x -> FhirUris.CS_ERROR_CODE.equals(x.getSystem()))
          .map(Coding::getCode).findFirst().orElse(null);
      if (code == null || !code.matches("CPTS-\\d{4}")) {
        continue;
      }
      String en = c.getDetails().hasText() ? c.getDetails().getText() : c.getDiagnostics() == null ? "" : c.getDiagnostics();
      String path = c.getExpression().isEmpty() ? "" : c.getExpression().get(0).getValue();
      list.add(new ValidationIssue(severity(c.getSeverity()), code, path, LocalizedText.of(en, french(c, en))));
    }
    return ValidationReport.of(list);
  }

  private static String french(OperationOutcomeIssueComponent c, String en) {
    for (Extension t : c.getDetails().getTextElement().getExtensionsByUrl(FhirUris.EXT_TRANSLATION)) {
      Extension lang = t.getExtensionByUrl("lang");
      Extension content = t.getExtensionByUrl("content");
      if (lang != null && content != null && "fr".equals(lang.getValue().primitiveValue())) {
        return content.getValue().primitiveValue();
      }
    }
    return en;
  }

  private static IssueSeverity severity(Severity s) {
    switch (s) {
      case ERROR:
        return IssueSeverity.ERROR;
      case WARNING:
        return IssueSeverity.WARNING;
      default:
        return IssueSeverity.INFORMATION;
    }
  }

  private static Severity severity(IssueSeverity s) {
    if (s == IssueSeverity.FATAL || s == IssueSeverity.ERROR) {
      return Severity.ERROR;
    }
    return s == IssueSeverity.WARNING ? Severity.WARNING : Severity.INFO;
  }

  /** @return the messages of a HAPI validation as a report, code {@code CPTS-0850}, path = the FHIRPath location */
  public static ValidationReport fromValidation(ValidationResult result) {
    List<ValidationIssue> list = new ArrayList<>();
    for (SingleValidationMessage m : result.getMessages()) {
      if (m.getMessageId() != null && IGNORED_MESSAGE_IDS.contains(m.getMessageId())) {
        continue;
      }
      String id = m.getMessageId() == null ? "-" : m.getMessageId();
      String path = m.getLocationString() == null ? "" : m.getLocationString();
      Severity severity = DOWNGRADED_MESSAGE_IDS.contains(id) ? Severity.WARNING : severity(m.getSeverity());
      // HAPI quotes the values it rejects (an identifier, a name): quoted text and long numbers are redacted.
      list.add(new ValidationIssue(severity, FHIR_VALIDATION, path,
          FhirMessages.text(FHIR_VALIDATION, id, Redaction.text(m.getMessage()))));
    }
    return ValidationReport.of(list);
  }

  private static Severity severity(ResultSeverityEnum s) {
    if (s == ResultSeverityEnum.ERROR || s == ResultSeverityEnum.FATAL) {
      return Severity.ERROR;
    }
    return s == ResultSeverityEnum.WARNING ? Severity.WARNING : Severity.INFO;
  }
}
