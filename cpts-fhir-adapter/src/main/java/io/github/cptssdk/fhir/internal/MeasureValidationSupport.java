package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import io.github.cptssdk.indicators.Indicator;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Measure;
import org.jspecify.annotations.Nullable;

/**
 * Makes the project's Measures known to the validator by URL ({@code url} and {@code url|version}), so
 * that MeasureReports are checked against their definition (population codes, unitless proportion
 * scores). A {@code PrePopulatedValidationSupport} is not asked for Measures (fhir-mapping.md 2.3,
 * pitfall 5). Immutable, thread-safe.
 */
final class MeasureValidationSupport implements IValidationSupport {

  private final FhirContext context;
  private final Map<String, Measure> byUrl = new HashMap<>();

  MeasureValidationSupport(FhirContext context) {
    this.context = context;
    for (Indicator i : Indicator.values()) {
      Measure m = Measures.measure(i);
      byUrl.put(m.getUrl(), m);
      byUrl.put(m.getUrl() + "|" + m.getVersion(), m);
    }
  }

  @Override
  public FhirContext getFhirContext() {
    return context;
  }

  @Override
  public String getName() {
    return "cpts-sdk indicator Measures";
  }

  @Override
  public <T extends IBaseResource> @Nullable T fetchResource(@Nullable Class<T> type, String url) {
    Measure m = byUrl.get(url);
    if (m == null || (type != null && !type.isInstance(m))) {
      return null;
    }
    return type == null ? null : type.cast(m.copy());
  }
}
