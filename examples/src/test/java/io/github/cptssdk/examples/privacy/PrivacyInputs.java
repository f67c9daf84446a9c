package io.github.cptssdk.examples.privacy;

import static io.github.cptssdk.examples.privacy.Markers.BAD_KEY_RPPS;
import static io.github.cptssdk.examples.privacy.Markers.COORDINATOR;
import static io.github.cptssdk.examples.privacy.Markers.DOCTOR_RPPS;
import static io.github.cptssdk.examples.privacy.Markers.EMAIL;
import static io.github.cptssdk.examples.privacy.Markers.EVENT_RPPS;
import static io.github.cptssdk.examples.privacy.Markers.MEMBER_RPPS_1;
import static io.github.cptssdk.examples.privacy.Markers.MEMBER_RPPS_2;
import static io.github.cptssdk.examples.privacy.Markers.NIR_13;
import static io.github.cptssdk.examples.privacy.Markers.NIR_13_B;
import static io.github.cptssdk.examples.privacy.Markers.NIR_15;
import static io.github.cptssdk.examples.privacy.Markers.PATIENT_ID_1;
import static io.github.cptssdk.examples.privacy.Markers.PATIENT_ID_2;
import static io.github.cptssdk.examples.privacy.Markers.SURNAME;

import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.fhir.FhirMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;

/**
 * Synthetic inputs of every kind holding {@link Markers}, each with bad variants that make the readers
 * and engines fail next to a marker (a marker in the wrong column or field, malformed text right after
 * one, an identifier with a wrong key, a duplicate...).
 */
final class PrivacyInputs {

  static final String CPTS_JSON = """
      {
        "format": "cpts-document/1",
        "id": "cpts-privacy",
        "name": "CPTS de test de confidentialité",
        "legalForm": "ASSOCIATION_1901",
        "siren": "999340011",
        "siret": "99934001100017",
        "territory": ["34108", "34213", "34301"],
        "professionals": [
          {"rpps": "%s", "profession": "PHYSICIAN", "specialty": "SM54", "practiceCommune": "34301", "membership": "ADHERENT"},
          {"rpps": "%s", "profession": "NURSE", "practiceCommune": "34213", "membership": "ADHERENT"}
        ],
        "organisations": [
          {"name": "Cabinet du Dr %s", "kind": "MSP", "finess": "349999011", "siret": "99934002900019"}
        ],
        "missions": [
          {"mission": "ACCESS_TO_CARE", "startedOn": "2023-01-09"},
          {"mission": "CARE_PATHWAYS", "startedOn": "2023-03-01"}
        ],
        "lifecycle": {
          "letterOfIntentOn": "2021-03-15",
          "associationRegisteredOn": "2021-06-10",
          "healthProject": {"submittedOn": "2022-02-01", "arsValidatedOn": "2022-03-25"},
          "contractSignedOn": "2022-11-15"
        },
        "coordinator": {"name": "Marcelline %s", "email": "%s"}
      }
      """.formatted(MEMBER_RPPS_1, MEMBER_RPPS_2, SURNAME, COORDINATOR, EMAIL);

  static final String PATIENT_HEADER = "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s,flu_vaccination\n";
  static final String PATIENTS = PATIENT_HEADER
      + PATIENT_ID_1 + ",1950,F,34301," + DOCTOR_RPPS + ",1,0,2025-10-01\n"
      + PATIENT_ID_2 + ",1948,M,34213,,1,0,\n"
      + NIR_13 + ",1980,F,34108," + DOCTOR_RPPS + ",0,1,\n"
      + NIR_15 + ",1930,M,34301," + DOCTOR_RPPS + ",0,0,2025-11-02\n"
      + NIR_13_B + ",2001,2,34301,,0,0,\n";

  static final String EVENT_HEADER = "date,commune,kind,professional_rpps,honoured,participants\n";
  static final String EVENTS = EVENT_HEADER
      + "2025-03-01,34301,SAS_APPOINTMENT," + EVENT_RPPS + ",1,\n"
      + "2025-03-02,34213,PREVENTION_EVENT,,,25\n";

  private PrivacyInputs() {}

  /** @return bad variants of the CPTS document, by name */
  static Map<String, String> badCptsDocuments() {
    Map<String, String> m = new LinkedHashMap<>();
    String d = CPTS_JSON;
    m.put("rpps-wrong-key", d.replace(MEMBER_RPPS_1, BAD_KEY_RPPS));
    m.put("rpps-nir", d.replace(MEMBER_RPPS_2, NIR_15));
    m.put("duplicate-rpps", d.replace(MEMBER_RPPS_2, MEMBER_RPPS_1));
    m.put("date-holds-id", d.replace("\"2021-03-15\"", "\"" + PATIENT_ID_1 + "\""));
    m.put("date-holds-nir", d.replace("\"2022-02-01\"", "\"" + NIR_13 + "\""));
    m.put("id-holds-id", d.replace("\"cpts-privacy\"", "\"" + PATIENT_ID_1 + "\""));
    m.put("unknown-property-id", d.replace("\"format\"", "\"" + PATIENT_ID_2 + "\": \"" + NIR_13 + "\", \"format\""));
    m.put("unknown-property-nir", d.replace("\"format\"", "\"" + NIR_15 + "\": 1, \"format\""));
    m.put("enum-holds-id", d.replaceFirst("\"PHYSICIAN\"", "\"" + PATIENT_ID_1 + "\""));
    m.put("number-for-siren", d.replace("\"999340011\"", NIR_13));
    m.put("siret-holds-nir", d.replace("\"99934001100017\"", "\"" + NIR_15 + "\""));
    m.put("commune-holds-nir", d.replace("\"34301\"]", "\"" + NIR_13 + "\"]"));
    m.put("specialty-holds-id", d.replace("\"SM54\"", "\"" + PATIENT_ID_2 + "\""));
    m.put("unquoted-token", d.replace("\"Marcelline " + COORDINATOR + "\"", PATIENT_ID_1 + COORDINATOR));
    m.put("truncated", d.substring(0, d.indexOf(COORDINATOR) + COORDINATOR.length()));
    m.put("email-invalid", d.replace(EMAIL, COORDINATOR + " at " + NIR_13));
    m.put("name-too-long", d.replace("Marcelline " + COORDINATOR, ("Marcelline " + COORDINATOR + " ").repeat(12)));
    m.put("string-too-long", d.replace("Dr " + SURNAME, (SURNAME + NIR_13).repeat(600)));
    m.put("duplicate-key", d.replace("\"email\"", "\"name\": \"" + SURNAME + "\", \"email\""));
    m.put("membership-holds-nir", d.replaceFirst("\"ADHERENT\"", "\"" + NIR_15 + "\""));
    return m;
  }

  /** @return bad variants of the patient CSV, by name */
  static Map<String, String> badPatientFiles() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("year-holds-nir", PATIENTS + "X1," + NIR_13 + ",F,34301,,0,0,\n");
    m.put("sex-holds-id", PATIENTS + "X2,1950," + PATIENT_ID_1 + ",34301,,0,0,\n");
    m.put("commune-holds-nir", PATIENTS + "X3,1950,F," + NIR_13 + ",,0,0,\n");
    m.put("rpps-holds-nir", PATIENTS + "X4,1950,F,34301," + NIR_15 + ",0,0,\n");
    m.put("rpps-holds-name", PATIENTS + "X5,1950,F,34301," + SURNAME + ",0,0,\n");
    m.put("flag-holds-id", PATIENTS + "X6,1950,F,34301,,0," + PATIENT_ID_2 + ",\n");
    m.put("date-holds-nir", PATIENTS + "X7,1950,F,34301,,0,0," + NIR_15 + "\n");
    m.put("duplicate-id", PATIENTS + PATIENT_ID_1 + ",1951,F,34301,,0,0,\n");
    m.put("short-row", PATIENTS + NIR_13_B + ",1950\n");
    m.put("long-row", PATIENTS + NIR_13_B + ",1950,F,34301,,0,0,," + NIR_15 + "\n");
    m.put("unterminated-quote", PATIENTS + "\"" + PATIENT_ID_2 + ",1950,F,34301,,0,0,\n");
    m.put("no-header", PATIENTS.substring(PATIENT_HEADER.length()));
    m.put("no-header-repeated-value", NIR_13 + "," + NIR_13 + ",F,34301,,0,0,\n" + PATIENTS);
    m.put("empty-id", PATIENTS + ",1950,F,34301," + DOCTOR_RPPS + ",0,0,\n");
    return m;
  }

  /** @return bad variants of the event CSV, by name */
  static Map<String, String> badEventFiles() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("date-holds-id", EVENTS + PATIENT_ID_1 + ",34301,SAS_APPOINTMENT,,1,\n");
    m.put("commune-holds-nir", EVENTS + "2025-03-01," + NIR_13 + ",SAS_APPOINTMENT,,1,\n");
    m.put("kind-holds-name", EVENTS + "2025-03-01,34301," + SURNAME + ",,1,\n");
    m.put("rpps-holds-nir", EVENTS + "2025-03-01,34301,SAS_APPOINTMENT," + NIR_15 + ",1,\n");
    m.put("honoured-holds-id", EVENTS + "2025-03-01,34301,SAS_APPOINTMENT,," + PATIENT_ID_2 + ",\n");
    m.put("participants-hold-nir", EVENTS + "2025-03-01,34301,PREVENTION_EVENT,,," + NIR_13 + "\n");
    m.put("short-row", EVENTS + "2025-03-01," + NIR_13_B + "\n");
    m.put("no-header", EVENTS.substring(EVENT_HEADER.length()) + PATIENT_ID_1 + ",34301,PATHWAY," + EVENT_RPPS + ",,\n");
    return m;
  }

  static final String CONTRACT_RESULTS_LINE = "\"line\": \"ald-sans-mt\"";

  /** @return bad variants of a contract document, by name */
  static Map<String, String> badContracts(String contract) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("cpts-id-holds-id", contract.replace("\"cpts-sete\"", "\"" + PATIENT_ID_1 + "\""));
    m.put("population-as-text", contract.replace("131216", "\"" + NIR_13 + "\""));
    m.put("population-huge", contract.replace("131216", NIR_15));
    m.put("signed-on-holds-nir", contract.replace("\"2023-03-15\"", "\"" + NIR_13 + "\""));
    m.put("unknown-field-nir", contract.replace("\"cptsId\"", "\"" + NIR_15 + "\": 1, \"cptsId\""));
    m.put("unknown-field-id", contract.replace("\"cptsId\"", "\"" + PATIENT_ID_2 + "\": 1, \"cptsId\""));
    m.put("baseline-nir", contract.replace("\"baseline\": 219", "\"baseline\": " + NIR_13));
    m.put("indicator-id-nir", contract.replace("\"ald-sans-mt\"", "\"" + NIR_15 + "\""));
    m.put("enum-holds-id", contract.replace("\"LINEAR\"", "\"" + PATIENT_ID_1 + "\""));
    m.put("unquoted-token", contract.replace("\"LINEAR\"", PATIENT_ID_2));
    m.put("truncated", contract.substring(0, contract.indexOf("cpts-sete")) + PATIENT_ID_1);
    return m;
  }

  /** @return bad variants of a results document, by name */
  static Map<String, String> badResults(String results) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("line-holds-id", results.replace("\"ald-sans-mt\"", "\"" + PATIENT_ID_1 + "\""));
    m.put("value-nir", results.replace("\"value\": 80", "\"value\": " + NIR_13));
    m.put("value-as-text", results.replace("\"value\": 80", "\"value\": \"" + NIR_15 + "\""));
    m.put("proven-holds-id", results.replaceFirst("\"proven\": true", "\"proven\": \"" + PATIENT_ID_2 + "\""));
    return m;
  }

  /** @return the CPTS as a FHIR bundle, with named practitioners and a patient (NIR, name) added */
  static String bundleJson(Cpts cpts) {
    Bundle bundle = FhirMapper.toBundle(cpts, Bundle.BundleType.COLLECTION);
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      if (e.getResource() instanceof Practitioner p) {
        p.addName().setFamily(SURNAME).addGiven("Quentin");
      }
    }
    bundle.addEntry().setFullUrl("urn:uuid:7f1c1f2e-0000-4000-8000-000000000001").setResource(patient());
    return FhirMapper.toJson(bundle);
  }

  static Patient patient() {
    Patient p = new Patient();
    p.addIdentifier().setSystem("urn:oid:1.2.250.1.213.1.4.8").setValue(NIR_15);
    p.addIdentifier().setSystem("urn:oid:1.2.250.1.213.1.4.10").setValue(PATIENT_ID_1);
    p.addName().setFamily(SURNAME).addGiven(COORDINATOR);
    p.setGender(AdministrativeGender.FEMALE);
    return p;
  }

  /** @return bad variants of the bundle, by name */
  static Map<String, String> badBundles(String bundle) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("rpps-wrong-key", bundle.replace(MEMBER_RPPS_1, BAD_KEY_RPPS));
    m.put("rpps-nir", bundle.replace(MEMBER_RPPS_2, NIR_15));
    m.put("unquoted-token", bundle.replaceFirst("\"resourceType\": \"Bundle\"", "\"resourceType\": \"Bundle\", \"x\": " + PATIENT_ID_1));
    m.put("unknown-element", bundle.replaceFirst("\"resourceType\": \"Patient\"", "\"resourceType\": \"Patient\", \"" + PATIENT_ID_2 + "\": \"" + NIR_13 + "\""));
    m.put("wrong-json-type", bundle.replace("\"family\": \"" + SURNAME + "\"", "\"family\": [\"" + SURNAME + "\"]"));
    m.put("invalid-date", bundle.replaceFirst("\"resourceType\": \"Patient\"", "\"resourceType\": \"Patient\", \"birthDate\": \"" + NIR_13 + "\""));
    m.put("invalid-gender", bundle.replace("\"female\"", "\"" + PATIENT_ID_1 + "\""));
    m.put("commune-nir", bundle.replaceFirst("34301", NIR_13));
    m.put("truncated", bundle.substring(0, bundle.indexOf(NIR_15) + NIR_15.length()));
    m.put("xml-malformed", "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/><" + PATIENT_ID_1 + ">" + NIR_15 + "</Bundle>");
    m.put("not-a-bundle", FhirMapper.toJson(patient()));
    Bundle onlyPatient = new Bundle().setType(Bundle.BundleType.COLLECTION);
    onlyPatient.addEntry().setFullUrl("urn:uuid:7f1c1f2e-0000-4000-8000-000000000002").setResource(patient());
    m.put("no-cpts", FhirMapper.toJson(onlyPatient));
    return m;
  }

  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
