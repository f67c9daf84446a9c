package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.ExtensionContextType;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.r4.model.UriType;
import org.jspecify.annotations.Nullable;

/**
 * Closes the FR Core 1.1.0 gap of the SAS package (ans.fhir.fr.sas 1.2.0 depends on
 * {@code hl7.fhir.fr.core 1.1.0}, which is published nowhere): every canonical
 * {@code http://interopsante.org/fhir/StructureDefinition/X} that a loaded profile derives from or refers
 * to is answered with a <em>minimal</em> definition, a plain constraint of the R4 base type that adds
 * nothing. The type is derived from the snapshots the package carries: the {@code type} of a profile
 * whose {@code baseDefinition} is X, or the type code of an element that profiles its type with X.
 * This is sound for the SAS profiles because their snapshots already hold every FR Core 1.1.0
 * constraint they inherit; what stays unchecked is listed in docs/sas.md (the content of the FR Core
 * 1.1.0 datatype profiles and extensions used inside them: FrAddress, FrContactPoint, FrHumanName,
 * FrAppointmentOperator...; their FR Core value sets and code systems).
 */
final class FrCore110GapSupport implements IValidationSupport {

  static final String FR_CORE_1 = "http://interopsante.org/fhir/StructureDefinition/";
  private static final String R4 = "http://hl7.org/fhir/StructureDefinition/";

  private final IValidationSupport packages;
  private final IValidationSupport core;
  private @Nullable Map<String, String> types;
  private final Map<String, StructureDefinition> built = new HashMap<>();

  FrCore110GapSupport(IValidationSupport packages, IValidationSupport core) {
    this.packages = packages;
    this.core = core;
  }

  @Override
  public FhirContext getFhirContext() {
    return core.getFhirContext();
  }

  @Override
  public String getName() {
    return "cpts-sdk FR Core 1.1.0 minimal definitions (derived from the SAS package snapshots)";
  }

  @Override
  public synchronized @Nullable IBaseResource fetchStructureDefinition(String url) {
    if (url == null || !url.startsWith(FR_CORE_1)) {
      return null;
    }
    String key = url.contains("|") ? url.substring(0, url.indexOf('|')) : url;
    String type = types().get(key);
    if (type == null) {
      return null;
    }
    return built.computeIfAbsent(key, k -> minimal(k, type));
  }

  private Map<String, String> types() {
    if (types == null) {
      Map<String, String> map = new HashMap<>();
      List<IBaseResource> all = packages.fetchAllStructureDefinitions();
      for (IBaseResource r : all == null ? List.<IBaseResource>of() : all) {
        if (r instanceof StructureDefinition sd) {
          if (sd.hasBaseDefinition() && sd.getBaseDefinition().startsWith(FR_CORE_1)) {
            map.putIfAbsent(sd.getBaseDefinition(), sd.getType());
          }
          for (ElementDefinition e : sd.getSnapshot().getElement()) {
            for (ElementDefinition.TypeRefComponent t : e.getType()) {
              for (CanonicalType p : t.getProfile()) {
                if (p.getValue() != null && p.getValue().startsWith(FR_CORE_1)) {
                  map.putIfAbsent(p.getValue(), t.getCode());
                }
              }
            }
          }
        }
      }
      types = map;
    }
    return types;
  }

  private StructureDefinition minimal(String url, String type) {
    StructureDefinition base = (StructureDefinition) core.fetchStructureDefinition(R4 + type);
    if (base == null) {
      throw new IllegalStateException("no R4 definition of " + type);
    }
    StructureDefinition sd = base.copy();
    sd.setId(url.substring(FR_CORE_1.length()));
    sd.setUrl(url);
    sd.setVersion("1.1.0");
    sd.setName(url.substring(FR_CORE_1.length()));
    sd.setStatus(PublicationStatus.ACTIVE);
    sd.setDerivation(TypeDerivationRule.CONSTRAINT);
    sd.setBaseDefinition(R4 + type);
    sd.setDifferential(null);
    if ("Extension".equals(type)) {
      sd.getContext().clear();
      sd.addContext().setType(ExtensionContextType.ELEMENT).setExpression("Element");
      for (ElementDefinition e : sd.getSnapshot().getElement()) {
        if ("Extension.url".equals(e.getPath())) {
          e.setFixed(new UriType(url));
        }
      }
    }
    return sd;
  }
}
