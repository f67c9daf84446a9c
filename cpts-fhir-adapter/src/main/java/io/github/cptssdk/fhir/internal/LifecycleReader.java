package io.github.cptssdk.fhir.internal;

import static io.github.cptssdk.fhir.FhirUris.*;

import io.github.cptssdk.core.model.HealthProject;
import io.github.cptssdk.core.model.Lifecycle;
import io.github.cptssdk.core.model.ModelDates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hl7.fhir.r4.model.DomainResource;
import org.jspecify.annotations.Nullable;

/** Reads the lifecycle milestones of the CPTS from its date extensions. */
final class LifecycleReader {

  private final Issues issues;

  LifecycleReader(Issues issues) {
    this.issues = issues;
  }

  Lifecycle read(DomainResource org, String path) {
    return new Lifecycle(date(org, path, EXT_LETTER_OF_INTENT_ON), date(org, path, EXT_ASSOCIATION_REGISTERED_ON),
        healthProject(org, path), date(org, path, EXT_CONTRACT_SIGNED_ON));
  }

  private @Nullable HealthProject healthProject(DomainResource org, String path) {
    LocalDate submitted = date(org, path, EXT_HEALTH_PROJECT_SUBMITTED_ON);
    LocalDate validated = date(org, path, EXT_HEALTH_PROJECT_VALIDATED_ON);
    LocalDate objected = date(org, path, EXT_HEALTH_PROJECT_OBJECTED_ON);
    if (submitted == null) {
      if (validated != null || objected != null) {
        issues.error("CPTS-0817", path + ".extension", "health project", "an ARS decision only with a submission date");
      }
      return null;
    }
    try {
      return new HealthProject(submitted, validated, objected);
    } catch (IllegalArgumentException e) {
      issues.error("CPTS-0817", path + ".extension", "health project",
          "one ARS decision (validation or objection), dated on or after the submission");
      return HealthProject.submittedOn(submitted);
    }
  }

  /** @return the date of extension {@code url}, null if absent, not a full date or out of the model's range (reported) */
  @Nullable LocalDate date(DomainResource r, String path, String url) {
    LocalDate date;
    try {
      date = Dates.get(r, url).orElse(null);
    } catch (DateTimeParseException e) {
      issues.warning("CPTS-0824", path + ".extension('" + url + "')");
      return null;
    }
    if (date != null && !ModelDates.contains(date)) {
      issues.warning("CPTS-0833", path + ".extension('" + url + "')");
      return null;
    }
    return date;
  }
}
