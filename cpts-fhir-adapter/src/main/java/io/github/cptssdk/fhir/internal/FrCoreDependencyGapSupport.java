package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.ExtensionContextType;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.jspecify.annotations.Nullable;

/**
 * Closes the gap of the plain FR Core 2.2.0 package ({@code hl7.fhir.fr.core-2.2.0.tgz} alone): its profiles use
 * definitions of two dependencies that only the combined package ships, {@code hl7.fhir.uv.extensions.r4 5.2.0}
 * (the extensions {@code note|5.2.0} and {@code organization-period|5.2.0} of the Organization profiles) and
 * {@code ans.fr.terminologies} (TRE_R38, which the specialty value set includes whole). Consulted after the loaded
 * packages, so a package that ships them wins; everything is derived from what the loaded packages carry:
 *
 * <ul>
 *   <li>a versioned extension canonical {@code http://hl7.org/fhir/StructureDefinition/X|V} ({@code V} not the R4
 *       version) that a profile's snapshot uses as an extension profile is answered by a <em>minimal</em>
 *       definition: the R4 {@code Extension}, its {@code url} fixed, any value, the context {@code Element};</li>
 *   <li>a national terminology ({@code https://mos.esante.gouv.fr/NOS/}) that a value set of the packages includes
 *       whole, with a version, and that no package ships, is answered by an empty {@code fragment} CodeSystem of that
 *       url and version, and a code of it (in that value set or alone) is accepted with a warning saying that it
 *       could not be checked: never a false error, never a silent pass.</li>
 * </ul>
 *
 * What this leaves unchecked (the value types of those extensions, the TRE_R38 codes) is listed in docs/fhir.md.
 */
final class FrCoreDependencyGapSupport extends PackageGapSupport {

  private static final String HL7 = R4;
  private static final String R4_VERSION = "4.0.1";

  private @Nullable Map<String, String> extensions;
  private @Nullable Map<String, CodeSystem> terminologies;

  FrCoreDependencyGapSupport(IValidationSupport packages, IValidationSupport core) {
    super(packages, core);
  }

  @Override
  public String getName() {
    return "cpts-sdk minimal definitions of the FR Core 2.2.0 dependencies (derived from the loaded packages)";
  }

  @Override
  public synchronized @Nullable IBaseResource fetchStructureDefinition(String url) {
    if (url == null || !url.startsWith(HL7) || !url.contains("|")) {
      return null;
    }
    String version = extensions().get(url);
    if (version == null) {
      return null;
    }
    String bare = url.substring(0, url.indexOf('|'));
    return minimal(bare, "Extension", bare.substring(HL7.length()) + "-" + version, version);
  }

  @Override
  public synchronized @Nullable IBaseResource fetchCodeSystem(String system) {
    if (system == null || !system.startsWith(NOS) || packages.fetchCodeSystem(system) != null) {
      return null;
    }
    return terminologies().get(system);
  }

  @Override
  public boolean isCodeSystemSupported(ValidationSupportContext ctx, String system) {
    return isMissingTerminology(system);
  }

  @Override
  public boolean isValueSetSupported(ValidationSupportContext ctx, String valueSetUrl) {
    return valueSetUrl != null && packages.fetchValueSet(valueSetUrl) instanceof ValueSet vs && onlyMissingTerminologies(vs);
  }

  @Override
  public @Nullable CodeValidationResult validateCode(ValidationSupportContext ctx, ConceptValidationOptions options,
      @Nullable String system, @Nullable String code, @Nullable String display, @Nullable String valueSetUrl) {
    boolean inValueSet = valueSetUrl == null || isValueSetSupported(ctx, valueSetUrl);
    return inValueSet && isMissingTerminology(system) ? unchecked(system, code) : null;
  }

  @Override
  public @Nullable CodeValidationResult validateCodeInValueSet(ValidationSupportContext ctx,
      ConceptValidationOptions options, @Nullable String system, @Nullable String code, @Nullable String display,
      IBaseResource valueSet) {
    return valueSet instanceof ValueSet vs && onlyMissingTerminologies(vs) && isMissingTerminology(system)
        ? unchecked(system, code) : null;
  }

  private static CodeValidationResult unchecked(@Nullable String system, @Nullable String code) {
    return new CodeValidationResult().setCode(code).setSeverity(IssueSeverity.WARNING)
        .setMessage("Code not checked: the code system " + system + " is not in the given FHIR packages"
            + " (the combined FR Core package ships it)");
  }

  private synchronized boolean isMissingTerminology(@Nullable String system) {
    return system != null && system.startsWith(NOS) && terminologies().containsKey(system)
        && packages.fetchCodeSystem(system) == null;
  }

  private boolean onlyMissingTerminologies(ValueSet vs) {
    List<ValueSet.ConceptSetComponent> includes = vs.getCompose().getInclude();
    return !includes.isEmpty() && vs.getCompose().getExclude().isEmpty()
        && includes.stream().allMatch(i -> !i.hasConcept() && !i.hasFilter() && isMissingTerminology(i.getSystem()));
  }

  /** @return the versioned extension canonicals that the packages' snapshots use, to their version */
  private Map<String, String> extensions() {
    if (extensions == null) {
      Map<String, String> map = new HashMap<>();
      for (IBaseResource r : orEmpty(packages.fetchAllStructureDefinitions())) {
        if (r instanceof StructureDefinition sd) {
          for (ElementDefinition e : sd.getSnapshot().getElement()) {
            for (ElementDefinition.TypeRefComponent t : e.getType()) {
              for (CanonicalType p : "Extension".equals(t.getCode()) ? t.getProfile() : List.<CanonicalType>of()) {
                String url = p.getValue();
                if (url != null && url.startsWith(HL7) && url.contains("|") && !url.endsWith("|" + R4_VERSION)) {
                  map.putIfAbsent(url, url.substring(url.indexOf('|') + 1));
                }
              }
            }
          }
        }
      }
      extensions = map;
    }
    return extensions;
  }

  /** @return the national terminologies that the packages' value sets include whole, as empty fragments */
  private Map<String, CodeSystem> terminologies() {
    if (terminologies == null) {
      Map<String, CodeSystem> map = new HashMap<>();
      for (IBaseResource r : orEmpty(packages.fetchAllConformanceResources())) {
        if (r instanceof ValueSet vs) {
          for (ValueSet.ConceptSetComponent inc : vs.getCompose().getInclude()) {
            if (inc.hasSystem() && inc.getSystem().startsWith(NOS) && !inc.hasConcept() && !inc.hasFilter()) {
              map.computeIfAbsent(inc.getSystem(), s -> fragment(s).setVersion(inc.getVersion()));
            }
          }
        }
      }
      terminologies = map;
    }
    return terminologies;
  }
}
