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
  public static final String PROFILE_ORGANIZATION = FR_CORE + "/StructureDefinition/fr-core-organization-etablissement";
  public static final String PROFILE_PRACTITIONER = FR_CORE + "/StructureDefinition/fr-core-practitioner";
  public static final String PROFILE_PRACTITIONER_ROLE = FR_CORE + "/StructureDefinition/fr-core-practitioner-role";
  public static final String PROFILE_LOCATION = FR_CORE + "/StructureDefinition/fr-core-location";
  public static final String PROFILE_HEALTHCARE_SERVICE = FR_CORE + "/StructureDefinition/fr-core-healthcare-service";
  public static final String EXT_INSEE_CODE = FR_CORE + "/StructureDefinition/fr-core-address-insee-code";
  /** FR Core identifier types (v2-0203 extended). */
  public static final String CS_IDENTIFIER_TYPE = FR_CORE + "/CodeSystem/fr-core-cs-v2-0203";
  /** R5 cross-version extension referenced by fr-core-organization but shipped by nobody (see the addendum of fhir-mapping.md). */
  public static final String EXT_ORGANIZATION_DESCRIPTION = "http://hl7.org/fhir/5.0/StructureDefinition/extension-Organization.description";

  // ---- National identifier systems (FR Core 2.2.0 slices).
  public static final String ID_RPPS = "https://rpps.esante.gouv.fr";
  /** idNatPs: {@code 8} + RPPS, {@code 0} + ADELI... (TRE_G08). */
  public static final String ID_NAT_PS = "urn:oid:1.2.250.1.71.4.2.1";
  /** idNatSt: {@code 1} + FINESS, {@code 2} + SIREN, {@code 3} + SIRET... */
  public static final String ID_NAT_ST = "urn:oid:1.2.250.1.71.4.2.2";
  public static final String ID_FINESS = "https://finess.esante.gouv.fr";
  /** SIREN and SIRET share this system; {@code Identifier.type} tells them apart. */
  public static final String ID_SIRENE = "https://sirene.fr";

  // ---- ANS NOS code systems.
  private static final String NOS = "https://mos.esante.gouv.fr/NOS/";
  public static final String CS_G15_PROFESSION = NOS + "TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante";
  public static final String CS_R38_SPECIALTY = NOS + "TRE_R38-SpecialiteOrdinale/FHIR/TRE-R38-SpecialiteOrdinale";
  public static final String CS_R04_SAVOIR_FAIRE_TYPE = NOS + "TRE_R04-TypeSavoirFaire/FHIR/TRE-R04-TypeSavoirFaire";
  public static final String CS_R66_CATEGORY = NOS + "TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement";
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
  public static final String CS_LOCATION_PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";
  public static final String CS_ORGANIZATION_ROLE = "http://hl7.org/fhir/organization-role";
  public static final String CS_CONTACT_ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/contactentity-type";
  public static final String EXT_TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
  /** Core extension marking a suppressed value; written with code {@code masked}. */
  public static final String EXT_DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
  public static final String CS_DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
  public static final String CS_MEASURE_SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring";
  public static final String CS_MEASURE_POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";
  public static final String CS_MEASURE_IMPROVEMENT = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";

  // ---- Project code systems.
  public static final String CS_MISSION = codeSystem("cpts-mission");
  public static final String CS_MEMBERSHIP = codeSystem("cpts-membership");
  public static final String CS_ORGANISATION_KIND = codeSystem("cpts-organisation-kind");
  public static final String CS_LEGAL_FORM = codeSystem("cpts-legal-form");
  public static final String CS_SERVICE = codeSystem("cpts-service");
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
  public static final String EXT_MISSION_STARTED_ON = extension("cpts-mission-started-on");
  public static final String EXT_MISSION_FULLY_DEPLOYED_ON = extension("cpts-mission-fully-deployed-on");
  public static final String EXT_LETTER_OF_INTENT_ON = extension("cpts-letter-of-intent-on");
  public static final String EXT_ASSOCIATION_REGISTERED_ON = extension("cpts-association-registered-on");
  public static final String EXT_HEALTH_PROJECT_SUBMITTED_ON = extension("cpts-health-project-submitted-on");
  public static final String EXT_HEALTH_PROJECT_VALIDATED_ON = extension("cpts-health-project-validated-on");
  public static final String EXT_HEALTH_PROJECT_OBJECTED_ON = extension("cpts-health-project-objected-on");
  public static final String EXT_CONTRACT_SIGNED_ON = extension("cpts-aci-contract-signed-on");
  public static final String EXT_POPULATION = extension("cpts-territory-population");
  public static final String EXT_SIZE_BAND = extension("cpts-size-band");
  /** Why a MeasureReport group is masked: {@code primary} or {@code secondary} suppression. */
  public static final String EXT_SUPPRESSION = extension("cpts-suppression");

  private FhirUris() {}

  /** @return the canonical URL of the project CodeSystem {@code id} */
  public static String codeSystem(String id) {
    return BASE + "/CodeSystem/" + id;
  }

  /** @return the canonical URL of the project extension {@code id} */
  public static String extension(String id) {
    return BASE + "/StructureDefinition/" + id;
  }

  /** @return the canonical URL of the {@code Measure} of an indicator ({@code no-mt-17-plus}...) */
  public static String measure(String indicatorId) {
    return BASE + "/Measure/" + indicatorId;
  }

  /** @return true if {@code system} is a code system of INSEE commune codes the reader accepts */
  public static boolean isCommuneSystem(String system) {
    return CS_R13_COMMUNE.equals(system) || CS_R13_COMMUNE_LEGACY.equals(system);
  }
}
