package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Every URI the adapter writes or reads, in one table: national identifier and code systems (ANS NOS,
 * FR Core 2.2.0), HL7 code systems, and the project's own canonical URLs under {@link #BASE}.
 *
 * <p>The national terminology URLs are moving from {@code https://mos.esante.gouv.fr/NOS/...} to
 * {@code https://smt.esante.gouv.fr/fhir/...} (fhir-mapping.md, section 3.3 and uncertainty 11): FR Core
 * 2.2.0 still uses the {@code mos} form, so that is what is written; readers also accept the aliases
 * listed here. Indicator definitions ({@code Measure}) take their URLs from {@link #measure(String)}.
 *
 * <p>Constants only; thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FhirUris {

  /** Canonical base of the project's own conformance resources (CodeSystems, extensions, Measures). */
  public static final String BASE = "https://cpts-sdk.github.io/fhir";

  // ---- FR Core 2.2.0 profiles and extensions.
  /** Canonical base of FR Core. */
  public static final String FR_CORE = "https://hl7.fr/ig/fhir/core";
  /** FR Core version the adapter claims. */
  public static final String FR_CORE_VERSION = "2.2.0";
  /** FR Core profile of the CPTS and member organisations. */
  public static final String PROFILE_ORGANIZATION = FR_CORE + "/StructureDefinition/fr-core-organization-etablissement";
  /** FR Core profile of a health professional. */
  public static final String PROFILE_PRACTITIONER = FR_CORE + "/StructureDefinition/fr-core-practitioner";
  /** FR Core profile of a professional's role in the CPTS (membership, profession, specialty). */
  public static final String PROFILE_PRACTITIONER_ROLE = FR_CORE + "/StructureDefinition/fr-core-practitioner-role";
  /** FR Core profile of the territory and commune {@code Location}s. */
  public static final String PROFILE_LOCATION = FR_CORE + "/StructureDefinition/fr-core-location";
  /** FR Core profile of a mission as a {@code HealthcareService}. */
  public static final String PROFILE_HEALTHCARE_SERVICE = FR_CORE + "/StructureDefinition/fr-core-healthcare-service";
  /** FR Core address extension holding the INSEE commune code. */
  public static final String EXT_INSEE_CODE = FR_CORE + "/StructureDefinition/fr-core-address-insee-code";
  /** FR Core identifier types (v2-0203 extended). */
  public static final String CS_IDENTIFIER_TYPE = FR_CORE + "/CodeSystem/fr-core-cs-v2-0203";
  /** R5 cross-version extension referenced by fr-core-organization but shipped by nobody (see the addendum of fhir-mapping.md). */
  public static final String EXT_ORGANIZATION_DESCRIPTION = "http://hl7.org/fhir/5.0/StructureDefinition/extension-Organization.description";

  // ---- National identifier systems (FR Core 2.2.0 slices).
  /** RPPS identifier system (11 digits). */
  public static final String ID_RPPS = "https://rpps.esante.gouv.fr";
  /** idNatPs: {@code 8} + RPPS, {@code 0} + ADELI... (TRE_G08). */
  public static final String ID_NAT_PS = "urn:oid:1.2.250.1.71.4.2.1";
  /** idNatSt: {@code 1} + FINESS, {@code 2} + SIREN, {@code 3} + SIRET... */
  public static final String ID_NAT_ST = "urn:oid:1.2.250.1.71.4.2.2";
  /** FINESS identifier system (9 characters). */
  public static final String ID_FINESS = "https://finess.esante.gouv.fr";
  /** SIREN and SIRET share this system; {@code Identifier.type} tells them apart. */
  public static final String ID_SIRENE = "https://sirene.fr";

  // ---- ANS NOS code systems.
  private static final String NOS = "https://mos.esante.gouv.fr/NOS/";
  /** TRE_G15: health professions. */
  public static final String CS_G15_PROFESSION = NOS + "TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante";
  /** TRE_R38: ordinal specialties. */
  public static final String CS_R38_SPECIALTY = NOS + "TRE_R38-SpecialiteOrdinale/FHIR/TRE-R38-SpecialiteOrdinale";
  /** TRE_R04: types of savoir-faire (the kind of a specialty qualification). */
  public static final String CS_R04_SAVOIR_FAIRE_TYPE = NOS + "TRE_R04-TypeSavoirFaire/FHIR/TRE-R04-TypeSavoirFaire";
  /** TRE_R66: categories of establishment (a CPTS is {@link #R66_CPTS}). */
  public static final String CS_R66_CATEGORY = NOS + "TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement";
  /** TRE_R02: sectors of activity (a CPTS is {@link #R02_CPTS}). */
  public static final String CS_R02_SECTOR = NOS + "TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite";
  /** INSEE commune codes, as FR Core 2.2.0 binds them; published without codes (content not-present). */
  public static final String CS_R13_COMMUNE = NOS + "TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM";
  /** Older commune code system used by the Annuaire examples: accepted on input. */
  public static final String CS_R13_COMMUNE_LEGACY = NOS + "TRE_R13-Commune/FHIR/TRE-R13-Commune";
  /** FR Core value set of INSEE codes (= TRE_R13-CommuneOM). */
  public static final String VS_INSEE_CODE = FR_CORE + "/ValueSet/fr-core-vs-insee-code";

  /** TRE_R66 code of a CPTS (active since 2020-05-29). */
  public static final String R66_CPTS = "604";
  /** TRE_R02 code of a CPTS (and équipe de soins spécialisés, since 2020-02-28). */
  public static final String R02_CPTS = "SA63";

  // ---- HL7 code systems.
  /** HL7 location physical types ({@code area} for a territory, {@code jdn} for a commune). */
  public static final String CS_LOCATION_PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";
  /** HL7 organization roles (an organisation's membership of the CPTS). */
  public static final String CS_ORGANIZATION_ROLE = "http://hl7.org/fhir/organization-role";
  /** HL7 contact entity types (the coordinator contact). */
  public static final String CS_CONTACT_ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/contactentity-type";
  /** Core extension holding a translation (French texts of an issue). */
  public static final String EXT_TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
  /** Core extension marking a suppressed value; written with code {@code masked}. */
  public static final String EXT_DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
  /** HL7 data-absent reasons: {@code masked} for a suppressed value. */
  public static final String CS_DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
  /** HL7 measure scoring: {@code proportion} for a rate, {@code cohort} for a count. */
  public static final String CS_MEASURE_SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring";
  /** HL7 measure populations ({@code numerator}, {@code denominator}). */
  public static final String CS_MEASURE_POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";
  /** HL7 measure improvement notation ({@code increase}, {@code decrease}). */
  public static final String CS_MEASURE_IMPROVEMENT = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";

  // ---- Project code systems.
  /** The six ACI missions ({@code Mission} ids). */
  public static final String CS_MISSION = codeSystem("cpts-mission");
  /** How a professional belongs to the CPTS ({@code MembershipKind}). */
  public static final String CS_MEMBERSHIP = codeSystem("cpts-membership");
  /** Kinds of member organisations ({@code OrganisationKind}). */
  public static final String CS_ORGANISATION_KIND = codeSystem("cpts-organisation-kind");
  /** Legal forms of a CPTS ({@code LegalForm}). */
  public static final String CS_LEGAL_FORM = codeSystem("cpts-legal-form");
  /** Project services of a CPTS as {@code HealthcareService} types ({@code territorial-coordination}). */
  public static final String CS_SERVICE = codeSystem("cpts-service");
  /** ACI size bands ({@code SIZE_1}..{@code SIZE_4}). */
  public static final String CS_SIZE_BAND = codeSystem("cpts-size-band");
  /** The indicators of cpts-indicators ({@code no-mt-17-plus}...), in {@code Measure.group.code}. */
  public static final String CS_INDICATOR = codeSystem("cpts-indicator");
  /** The cpts-sdk error codes ({@code CPTS-0042}), used in {@code OperationOutcome.issue.details}. */
  public static final String CS_ERROR_CODE = codeSystem("cpts-error-code");

  // ---- Project identifier systems.
  /** The {@code CptsId} of a CPTS (its key in a data set). */
  public static final String ID_CPTS = BASE + "/identifier/cpts-id";
  /** The territory of a CPTS, keyed by its {@code CptsId}. */
  public static final String ID_TERRITORY = BASE + "/identifier/cpts-territory";

  // ---- Project extensions.
  /** Date a mission started (on the mission's {@code HealthcareService}). */
  public static final String EXT_MISSION_STARTED_ON = extension("cpts-mission-started-on");
  /** Date a mission was fully deployed, if it is. */
  public static final String EXT_MISSION_FULLY_DEPLOYED_ON = extension("cpts-mission-fully-deployed-on");
  /** Lifecycle: date of the letter of intent (on the CPTS {@code Organization}). */
  public static final String EXT_LETTER_OF_INTENT_ON = extension("cpts-letter-of-intent-on");
  /** Lifecycle: date the association was registered. */
  public static final String EXT_ASSOCIATION_REGISTERED_ON = extension("cpts-association-registered-on");
  /** Lifecycle: date the health project was submitted to the ARS. */
  public static final String EXT_HEALTH_PROJECT_SUBMITTED_ON = extension("cpts-health-project-submitted-on");
  /** Lifecycle: date the ARS validated the health project. */
  public static final String EXT_HEALTH_PROJECT_VALIDATED_ON = extension("cpts-health-project-validated-on");
  /** Lifecycle: date the ARS objected to the health project. */
  public static final String EXT_HEALTH_PROJECT_OBJECTED_ON = extension("cpts-health-project-objected-on");
  /** Lifecycle: date the ACI contract was signed. */
  public static final String EXT_CONTRACT_SIGNED_ON = extension("cpts-aci-contract-signed-on");
  /** Population of the territory (on the territory {@code Location}), from {@link ExportOptions}. */
  public static final String EXT_POPULATION = extension("cpts-territory-population");
  /** ACI size band of the territory, from {@link ExportOptions}. */
  public static final String EXT_SIZE_BAND = extension("cpts-size-band");
  /** Why a MeasureReport group is masked: {@code primary} or {@code secondary} suppression. */
  public static final String EXT_SUPPRESSION = extension("cpts-suppression");

  private FhirUris() {}

  /**
   * The URL of a project CodeSystem.
   *
   * @param id its id ({@code cpts-mission}...)
   * @return the canonical URL of the project CodeSystem {@code id}
   */
  public static String codeSystem(String id) {
    return BASE + "/CodeSystem/" + id;
  }

  /**
   * The URL of a project extension.
   *
   * @param id its id ({@code cpts-size-band}...)
   * @return the canonical URL of the project extension {@code id}
   */
  public static String extension(String id) {
    return BASE + "/StructureDefinition/" + id;
  }

  /**
   * The URL of an indicator's {@code Measure}.
   *
   * @param indicatorId the indicator's code ({@code no-mt-17-plus}...)
   * @return the canonical URL of the {@code Measure} of the indicator
   */
  public static String measure(String indicatorId) {
    return BASE + "/Measure/" + indicatorId;
  }

  /**
   * Tells whether a system holds INSEE commune codes.
   *
   * @param system a code system URL
   * @return true if {@code system} is a code system of INSEE commune codes the reader accepts
   */
  public static boolean isCommuneSystem(String system) {
    return CS_R13_COMMUNE.equals(system) || CS_R13_COMMUNE_LEGACY.equals(system);
  }
}
