package io.github.cptssdk.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ValueSet;
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
 * constraint they inherit. A reference target profile carries no type: its type is the R4 resource its name
 * gives ({@code FrPatient} is a {@code Patient}). National terminologies that the package's value sets
 * enumerate but that nothing ships become fragment CodeSystems ({@link #fetchCodeSystem}). What stays unchecked is listed in docs/sas.md (the content of the FR Core
 * 1.1.0 datatype profiles and extensions used inside them: FrAddress, FrContactPoint, FrHumanName,
 * FrAppointmentOperator...; their FR Core value sets and code systems).
 */
final class FrCore110GapSupport extends PackageGapSupport {

  static final String FR_CORE_1 = "http://interopsante.org/fhir/StructureDefinition/";

  private @Nullable Map<String, String> types;
  private @Nullable Map<String, CodeSystem> fragments;

  private final IValidationSupport core;

  FrCore110GapSupport(IValidationSupport packages, IValidationSupport core) {
    super(packages, core);
    this.core = core;
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
    String name = key.substring(FR_CORE_1.length());
    return minimal(key, type, name, "1.1.0");
  }

  private Map<String, String> types() {
    if (types == null) {
      Map<String, String> map = new HashMap<>();
      java.util.Set<String> targets = new java.util.HashSet<>();
      for (IBaseResource r : orEmpty(packages.fetchAllStructureDefinitions())) {
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
              for (CanonicalType p : t.getTargetProfile()) {
                targets.add(p.getValue());
              }
            }
          }
        }
      }
      // A reference target profile names no type: FR Core 1.1.0 names its resource profiles Fr + the R4 type.
      for (String target : targets) {
        if (target != null && target.startsWith(FR_CORE_1) && !map.containsKey(target)) {
          String name = target.substring(FR_CORE_1.length());
          if (name.startsWith("Fr") && core.fetchStructureDefinition(R4 + name.substring(2)) != null) {
            map.put(target, name.substring(2));
          }
        }
      }
      types = map;
    }
    return types;
  }

  /**
   * A national terminology (TRE, {@code https://mos.esante.gouv.fr/NOS/}) that a value set of the package
   * includes by enumerated codes but that no package ships is answered with a {@code fragment} CodeSystem
   * of exactly those codes: the codes the SAS profiles require are known, any other code of the system is
   * a warning (fragment), never a false error.
   */
  @Override
  public synchronized @Nullable IBaseResource fetchCodeSystem(String system) {
    if (system == null || !system.startsWith(NOS) || packages.fetchCodeSystem(system) != null) {
      return null;
    }
    return fragments().get(system);
  }

  private Map<String, CodeSystem> fragments() {
    if (fragments == null) {
      Map<String, CodeSystem> map = new HashMap<>();
      for (IBaseResource r : orEmpty(packages.fetchAllConformanceResources())) {
        if (r instanceof ValueSet vs) {
          for (ValueSet.ConceptSetComponent inc : vs.getCompose().getInclude()) {
            if (inc.hasSystem() && inc.getSystem().startsWith(NOS) && inc.hasConcept()) {
              CodeSystem cs = map.computeIfAbsent(inc.getSystem(), SYS -> fragment(SYS));
              for (ValueSet.ConceptReferenceComponent c : inc.getConcept()) {
                if (cs.getConcept().stream().noneMatch(x -> x.getCode().equals(c.getCode()))) {
                  cs.addConcept().setCode(c.getCode()).setDisplay(c.getDisplay());
                }
              }
            }
          }
        }
      }
      fragments = map;
    }
    return fragments;
  }
}
