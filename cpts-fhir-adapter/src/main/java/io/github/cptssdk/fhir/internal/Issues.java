package io.github.cptssdk.fhir.internal;

import io.github.cptssdk.core.validation.Severity;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/** Collects the issues of an import, each with a FHIRPath-like location in the bundle. Not thread-safe. */
final class Issues {

  private final List<ValidationIssue> list = new ArrayList<>();

  void add(Severity severity, String code, String path, Object... args) {
    list.add(new ValidationIssue(severity, code, path, FhirMessages.text(code, args)));
  }

  void error(String code, String path, Object... args) {
    add(Severity.ERROR, code, path, args);
  }

  void warning(String code, String path, Object... args) {
    add(Severity.WARNING, code, path, args);
  }

  void info(String code, String path, Object... args) {
    add(Severity.INFO, code, path, args);
  }

  void addAll(List<ValidationIssue> issues) {
    list.addAll(issues);
  }

  ValidationReport report() {
    return ValidationReport.of(list);
  }
}
