package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.ExtensionContextType;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.r4.model.UriType;
import org.jspecify.annotations.Nullable;

/**
 * What the validator's gap supports share: the loaded packages they read, the R4 core definitions they derive
 * from, and the one way a missing canonical is answered by a minimal definition (an R4 base with the canonical's
 * url and version; an extension anywhere, its url fixed) and a missing national terminology by a fragment
 * CodeSystem. {@link FrCore110GapSupport} and {@link FrCoreDependencyGapSupport} say which canonicals are missing.
 */
abstract class PackageGapSupport implements IValidationSupport {

  static final String R4 = "http://hl7.org/fhir/StructureDefinition/";
  static final String NOS = "https://mos.esante.gouv.fr/NOS/";

  /** The loaded packages, which always win over a minimal definition. */
  final IValidationSupport packages;
  private final IValidationSupport core;
  private final Map<String, StructureDefinition> built = new HashMap<>();

  PackageGapSupport(IValidationSupport packages, IValidationSupport core) {
    this.packages = packages;
    this.core = core;
  }

  @Override
  public final FhirContext getFhirContext() {
    return core.getFhirContext();
  }

  /** @return the minimal definition of {@code url}, built once */
  final synchronized StructureDefinition minimal(String url, String type, String id, String version) {
    return built.computeIfAbsent(url, u -> derive(u, type, id, version));
  }

  private StructureDefinition derive(String url, String type, String id, String version) {
    StructureDefinition base = (StructureDefinition) core.fetchStructureDefinition(R4 + type);
    if (base == null) {
      throw new IllegalStateException("no R4 definition of " + type);
    }
    StructureDefinition sd = base.copy();
    sd.setId(id);
    sd.setUrl(url);
    sd.setVersion(version);
    sd.setName(url.substring(url.lastIndexOf('/') + 1));
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

  /** @return an empty {@code fragment} CodeSystem of {@code system} */
  static CodeSystem fragment(String system) {
    CodeSystem cs = new CodeSystem();
    cs.setUrl(system);
    cs.setName("Fragment" + Integer.toHexString(system.hashCode()));
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setContent(CodeSystem.CodeSystemContentMode.FRAGMENT);
    return cs;
  }

  /** @return {@code resources}, or an empty list where a support answered null */
  static List<IBaseResource> orEmpty(@Nullable List<IBaseResource> resources) {
    return resources == null ? List.of() : resources;
  }
}
