package io.github.cptssdk.fhir.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.jspecify.annotations.Nullable;

/** Dates as FHIR {@code date} extensions (day precision, no time zone). */
final class Dates {

  private Dates() {}

  static void put(DomainResource resource, String url, @Nullable LocalDate date) {
    if (date != null) {
      resource.addExtension(url, new DateType(date.toString()));
    }
  }

  /**
   * @return the day of the extension {@code url}, empty if absent
   * @throws DateTimeParseException if it is present but not a full date (year or month precision)
   */
  static Optional<LocalDate> get(DomainResource resource, String url) {
    Extension ext = Extensions.first(resource.getExtensionsByUrl(url));
    if (ext == null || !(ext.getValue() instanceof DateType)) {
      return Optional.empty();
    }
    String text = ((DateType) ext.getValue()).getValueAsString();
    return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
  }
}
