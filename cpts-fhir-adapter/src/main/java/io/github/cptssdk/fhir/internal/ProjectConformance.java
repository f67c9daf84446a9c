package io.github.cptssdk.fhir.internal;

import static io.github.cptssdk.fhir.FhirUris.*;

import ca.uhn.fhir.context.FhirContext;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.LegalForm;
import io.github.cptssdk.core.model.MembershipKind;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.OrganisationKind;
import io.github.cptssdk.indicators.Indicator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.ExtensionContextType;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.r4.model.UriType;

/**
 * The project's own conformance resources, built from the model's enums so that they cannot drift: the
 * CodeSystems of {@link io.github.cptssdk.fhir.FhirUris} and the StructureDefinitions (differential only)
 * of its extensions, plus the R5 cross-version {@code Organization.description} extension that FR Core
 * references and nobody ships (addendum of fhir-mapping.md).
 */
public final class ProjectConformance {

  private ProjectConformance() {}

  /** @return a validation support holding every project CodeSystem and StructureDefinition */
  public static PrePopulatedValidationSupport support(FhirContext ctx) {
    PrePopulatedValidationSupport s = new PrePopulatedValidationSupport(ctx);
    codeSystems().forEach(s::addCodeSystem);
    structureDefinitions().forEach(s::addStructureDefinition);
    return s;
  }

  public static List<CodeSystem> codeSystems() {
    List<CodeSystem> list = new ArrayList<>();
    list.add(fromEnum(CS_MISSION, "CptsMission", "Missions of a CPTS (L1434-12 CSP, ACI)", Mission.values(), Mission::labelFr));
    list.add(fromEnum(CS_MEMBERSHIP, "CptsMembership", "How a professional belongs to a CPTS", MembershipKind.values(), Enum::name));
    list.add(fromEnum(CS_ORGANISATION_KIND, "CptsOrganisationKind", "Kinds of member organisations", OrganisationKind.values(), Enum::name));
    list.add(fromEnum(CS_LEGAL_FORM, "CptsLegalForm", "Legal forms of a CPTS", LegalForm.values(), Enum::name));
    CodeSystem service = codeSystem(CS_SERVICE, "CptsService", "Services of a CPTS");
    service.addConcept().setCode(TerritoryWriter.TERRITORY_SERVICE).setDisplay("Coordination territoriale");
    list.add(service);
    CodeSystem band = codeSystem(CS_SIZE_BAND, "CptsSizeBand", "ACI size bands of a CPTS territory");
    for (SizeBand b : SizeBand.values()) {
      band.addConcept().setCode(String.valueOf(b.number())).setDisplay(b.labelFr());
    }
    list.add(band);
    list.add(fromEnum(CS_INDICATOR, "CptsIndicator", "Indicators of cpts-indicators", Indicator.values(), Enum::name));
    CodeSystem errors = codeSystem(CS_ERROR_CODE, "CptsErrorCode", "cpts-sdk error codes");
    errors.setContent(CodeSystemContentMode.FRAGMENT);
    Collections.list(FhirMessages.get().englishBundle().getKeys()).stream().sorted()
        .forEach(k -> errors.addConcept().setCode(k));
    list.add(errors);
    return list;
  }

  private static <E extends Enum<E>> CodeSystem fromEnum(String url, String name, String title, E[] values,
      Function<E, String> display) {
    CodeSystem cs = codeSystem(url, name, title);
    for (E e : values) {
      cs.addConcept().setCode(Codes.code(e)).setDisplay(display.apply(e));
    }
    return cs;
  }

  private static CodeSystem codeSystem(String url, String name, String title) {
    CodeSystem cs = new CodeSystem().setUrl(url).setName(name).setTitle(title).setStatus(PublicationStatus.ACTIVE)
        .setContent(CodeSystemContentMode.COMPLETE).setCaseSensitive(true);
    cs.setId(url.substring(url.lastIndexOf('/') + 1));
    return cs.setVersion("0.1.0");
  }

  public static List<StructureDefinition> structureDefinitions() {
    List<StructureDefinition> list = new ArrayList<>();
    for (String url : List.of(EXT_LETTER_OF_INTENT_ON, EXT_ASSOCIATION_REGISTERED_ON, EXT_HEALTH_PROJECT_SUBMITTED_ON,
        EXT_HEALTH_PROJECT_VALIDATED_ON, EXT_HEALTH_PROJECT_OBJECTED_ON, EXT_CONTRACT_SIGNED_ON)) {
      list.add(extension(url, "Organization", "date"));
    }
    list.add(extension(EXT_MISSION_STARTED_ON, "HealthcareService", "date"));
    list.add(extension(EXT_MISSION_FULLY_DEPLOYED_ON, "HealthcareService", "date"));
    list.add(extension(EXT_POPULATION, "Location", "integer"));
    list.add(extension(EXT_SIZE_BAND, "Location", "Coding"));
    list.add(extension(EXT_SUPPRESSION, "MeasureReport.group", "code"));
    list.add(extension(EXT_ORGANIZATION_DESCRIPTION, "Organization", "string"));
    return list;
  }

  /** @return a simple extension on {@code context} holding one value of {@code type} */
  static StructureDefinition extension(String url, String context, String type) {
    String id = url.substring(url.lastIndexOf('/') + 1);
    StructureDefinition sd = new StructureDefinition().setUrl(url).setName(id.replaceAll("[^A-Za-z0-9]", ""))
        .setTitle(id).setStatus(PublicationStatus.ACTIVE).setFhirVersion(FHIRVersion._4_0_1)
        .setKind(StructureDefinitionKind.COMPLEXTYPE).setAbstract(false).setType("Extension")
        .setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension").setDerivation(TypeDerivationRule.CONSTRAINT);
    sd.setId(id.replace('.', '-'));
    sd.setVersion("0.1.0");
    sd.addContext().setType(ExtensionContextType.ELEMENT).setExpression(context);
    List<ElementDefinition> diff = sd.getDifferential().getElement();
    diff.add(element("Extension").setShort(id).setDefinition(id));
    diff.add(element("Extension.extension").setMax("0"));
    diff.add(element("Extension.url").setFixed(new UriType(url)));
    ElementDefinition value = element("Extension.value[x]").setMin(1);
    value.addType().setCode(type);
    diff.add(value);
    return sd;
  }

  private static ElementDefinition element(String path) {
    ElementDefinition e = new ElementDefinition().setPath(path);
    e.setId(path);
    return e;
  }
}
