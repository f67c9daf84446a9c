package io.github.cptssdk.fhir.sas.internal;

/** Every URI the SAS mapping writes or reads, from the ANS SAS guide 1.2.0 and its examples. */
public final class SasUris {

  private SasUris() {}

  static final String SAS = "https://interop.esante.gouv.fr/ig/fhir/sas/StructureDefinition/";
  static final String SAS_OLD = "http://sas.fr/fhir/StructureDefinition/";
  public static final String BUNDLE_PROFILE = SAS + "sas-cpts-bundle-aggregator";
  static final String SLOT_PROFILE = SAS + "sas-cpts-slot-aggregator";
  static final String HEALTHCARE_SERVICE_PROFILE = SAS + "sas-cpts-healthcareservice-aggregator";
  static final String ORGANIZATION_PROFILE = SAS + "sas-cpts-organization-aggregator";
  static final String SCHEDULE_PROFILE = SAS_OLD + "FrScheduleAgregateur";
  static final String PRACTITIONER_PROFILE = SAS_OLD + "FrPractitionerAgregateur";
  static final String ROLE_PROFILE = SAS_OLD + "FrPractitionerRoleExerciceAgregateur";
  static final String LOCATION_PROFILE = SAS_OLD + "FrLocationAgregateur";
  public static final String APPOINTMENT_PROFILE = SAS_OLD + "FrAppointmentSAS";

  static final String SLOT_TYPE = "https://mos.esante.gouv.fr/NOS/TRE_R314-TypeCreneau/FHIR/TRE-R314-TypeCreneau";
  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String APPOINTMENT_REASON = "http://terminology.hl7.org/CodeSystem/v2-0276";
  static final String R5_SLOT_SERVICE_TYPE = "http://hl7.org/fhir/5.0/StructureDefinition/extension-Slot.serviceType";
  static final String R66 = "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement";
  static final String R66_CPTS = "604";
  static final String FR_V2_0203 = "http://interopsante.org/fhir/CodeSystem/fr-v2-0203";
  static final String FR_CORE_V2_0203 = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203";
  static final String LOCATION_ID_TYPE = "http://interopsante.org/fhir/CodeSystem/fr-location-identifier-type";
  static final String ID_NAT_PS = "urn:oid:1.2.250.1.71.4.2.1";
  static final String ID_NAT_ST = "urn:oid:1.2.250.1.71.4.2.2";
  static final String SITE_SYSTEM = "https://cpts-sdk.github.io/fhir/identifier/sas-practice-site";
  /** FR Core 1.1.0's address extension for the INSEE commune code (FrLocationAgregateur's {@code address.extension:inseeCode}). */
  static final String INSEE_CODE = "http://interopsante.org/fhir/StructureDefinition/FrAddressInseeCode";
  static final String OPERATOR = "http://interopsante.org/fhir/StructureDefinition/FrAppointmentOperator";
}
