package io.github.cptssdk.fhir.internal;

import io.github.cptssdk.core.model.OrganisationKind;
import io.github.cptssdk.fhir.FhirUris;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * Code tables of the mapping: project codes of the model's enums ({@code ACCESS_TO_CARE} is
 * {@code access-to-care}) and the TRE_R66 categories of member organisations.
 */
public final class Codes {

  /**
   * TRE_R66 category of the kinds that have one (codes and displays from TRE_R66 v20260223120000 in the
   * FR Core 2.2.0 combined package; MSP 603, CDS 124, DAC 606 as fhir-mapping.md 3.3).
   */
  private static final Map<OrganisationKind, Coding> R66 = new EnumMap<>(OrganisationKind.class);

  static {
    R66.put(OrganisationKind.MSP, r66("603", "Maison de santé (L.6223-3)"));
    R66.put(OrganisationKind.HEALTH_CENTRE, r66("124", "Centre de Santé"));
    R66.put(OrganisationKind.DAC, r66("606", "Dispositif d'appui à la coordination (DAC)"));
    R66.put(OrganisationKind.EHPAD, r66("500", "Etablissement d'hébergement pour personnes âgées dépendantes"));
    R66.put(OrganisationKind.PHARMACY, r66("620", "Pharmacie d'Officine"));
    R66.put(OrganisationKind.LABORATORY, r66("611", "Laboratoire de Biologie Médicale"));
  }

  private Codes() {}

  private static Coding r66(String code, String display) {
    return new Coding(FhirUris.CS_R66_CATEGORY, code, display);
  }

  /** @return the project code of an enum constant: lower case, hyphens */
  public static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** @return the constant of {@code type} whose project code is {@code code}, if any */
  public static <E extends Enum<E>> Optional<E> fromCode(Class<E> type, String code) {
    for (E e : type.getEnumConstants()) {
      if (code(e).equals(code)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** @return the TRE_R66 category of a kind of organisation, if it has one */
  public static Optional<Coding> r66(OrganisationKind kind) {
    return Optional.ofNullable(R66.get(kind)).map(Coding::copy);
  }

  /** @return the kind whose TRE_R66 category is {@code code}, if any */
  public static Optional<OrganisationKind> kindOfR66(String code) {
    return R66.entrySet().stream().filter(e -> e.getValue().getCode().equals(code)).map(Map.Entry::getKey).findFirst();
  }

  /** @return a concept holding one coding */
  public static CodeableConcept concept(String system, String code, String display) {
    return new CodeableConcept(new Coding(system, code, display));
  }

  /** @return the code of the first coding of {@code system} in {@code concept}, if any */
  public static Optional<String> codeIn(CodeableConcept concept, String system) {
    return concept.getCoding().stream()
        .filter(c -> system.equals(c.getSystem()) && c.hasCode())
        .map(Coding::getCode).findFirst();
  }
}
