package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Health professions of the national list TRE_G15-ProfessionSante (ANS nomenclature, version of
 * 2025-03-28), with their codes. Source: {@code https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante}.
 */
@API(status = STABLE, since = "0.1")
public enum Profession {
  /** Médecin (TRE_G15 code 10). */
  PHYSICIAN("10", "Médecin"),
  /** Pharmacien (TRE_G15 code 21). */
  PHARMACIST("21", "Pharmacien"),
  /** Audioprothésiste (TRE_G15 code 26). */
  HEARING_AID_SPECIALIST("26", "Audioprothésiste"),
  /** Opticien-Lunetier (TRE_G15 code 28). */
  OPTICIAN("28", "Opticien-Lunetier"),
  /** Assistant dentaire (TRE_G15 code 31). */
  DENTAL_ASSISTANT("31", "Assistant dentaire"),
  /** Physicien médical (TRE_G15 code 32). */
  MEDICAL_PHYSICIST("32", "Physicien médical"),
  /** Aide-soignant (TRE_G15 code 35). */
  CARE_ASSISTANT("35", "Aide-soignant"),
  /** Ambulancier (TRE_G15 code 36). */
  AMBULANCE_DRIVER("36", "Ambulancier"),
  /** Auxiliaire de puériculture (TRE_G15 code 37). */
  CHILDCARE_AUXILIARY("37", "Auxiliaire de puériculture"),
  /** Préparateur en pharmacie hospitalière (TRE_G15 code 38). */
  HOSPITAL_PHARMACY_TECHNICIAN("38", "Préparateur en pharmacie hospitalière"),
  /** Préparateur en pharmacie (officine) (TRE_G15 code 39). */
  PHARMACY_TECHNICIAN("39", "Préparateur en pharmacie (officine)"),
  /** Chirurgien-Dentiste (TRE_G15 code 40). */
  DENTIST("40", "Chirurgien-Dentiste"),
  /** Sage-Femme (TRE_G15 code 50). */
  MIDWIFE("50", "Sage-Femme"),
  /** Infirmier (TRE_G15 code 60). */
  NURSE("60", "Infirmier"),
  /** Infirmier psychiatrique (TRE_G15 code 69). */
  PSYCHIATRIC_NURSE("69", "Infirmier psychiatrique"),
  /** Masseur-Kinésithérapeute (TRE_G15 code 70). */
  PHYSIOTHERAPIST("70", "Masseur-Kinésithérapeute"),
  /** Pédicure-Podologue (TRE_G15 code 80). */
  PODIATRIST("80", "Pédicure-Podologue"),
  /** Orthoprothésiste (TRE_G15 code 81). */
  ORTHOTIST_PROSTHETIST("81", "Orthoprothésiste"),
  /** Podo-Orthésiste (TRE_G15 code 82). */
  PODO_ORTHOTIST("82", "Podo-Orthésiste"),
  /** Orthopédiste-Orthésiste (TRE_G15 code 83). */
  ORTHOPAEDIC_ORTHOTIST("83", "Orthopédiste-Orthésiste"),
  /** Oculariste (TRE_G15 code 84). */
  OCULARIST("84", "Oculariste"),
  /** Epithésiste (TRE_G15 code 85). */
  EPITHESIST("85", "Epithésiste"),
  /** Technicien de laboratoire médical (TRE_G15 code 86). */
  MEDICAL_LABORATORY_TECHNICIAN("86", "Technicien de laboratoire médical"),
  /** Orthophoniste (TRE_G15 code 91). */
  SPEECH_THERAPIST("91", "Orthophoniste"),
  /** Orthoptiste (TRE_G15 code 92). */
  ORTHOPTIST("92", "Orthoptiste"),
  /** Psychologue (TRE_G15 code 93). */
  PSYCHOLOGIST("93", "Psychologue"),
  /** Ergothérapeute (TRE_G15 code 94). */
  OCCUPATIONAL_THERAPIST("94", "Ergothérapeute"),
  /** Diététicien (TRE_G15 code 95). */
  DIETITIAN("95", "Diététicien"),
  /** Psychomotricien (TRE_G15 code 96). */
  PSYCHOMOTOR_THERAPIST("96", "Psychomotricien"),
  /** Manipulateur ERM (TRE_G15 code 98). */
  RADIOGRAPHER("98", "Manipulateur ERM");

  /** Code system of TRE_G15, as used in FHIR. */
  public static final String CODE_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante";

  private static final Map<String, Profession> BY_CODE = new HashMap<>();

  static {
    for (Profession p : values()) {
      BY_CODE.put(p.code, p);
    }
  }

  private final String code;
  private final String labelFr;

  Profession(String code, String labelFr) {
    this.code = code;
    this.labelFr = labelFr;
  }

  /** @return the TRE_G15 code, e.g. {@code 10} for a médecin */
  public String code() {
    return code;
  }

  /** @return the French label of TRE_G15 */
  public String labelFr() {
    return labelFr;
  }

  /**
   * @param code a TRE_G15 code, e.g. {@code 10} (médecin)
   * @return the profession with this code, or empty if none
   */
  public static Optional<Profession> fromCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
