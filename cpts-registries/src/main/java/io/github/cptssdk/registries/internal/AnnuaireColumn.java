package io.github.cptssdk.registries.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of {@code PS_LibreAcces_Personne_activite}, in the order of the 2026 layout (56 columns),
 * with the label of each layout: ../shared/domain/registries-sas-spark.md section 1.3 (2026 header from
 * romainhuchet-arch/medglobalaccess tests/test_rpps.py; 2021 header from cyrilvincent/skema tests). Resolved
 * by {@linkplain Text#normalise normalised} label, never by position.
 */
public enum AnnuaireColumn {
  TYPE_ID("Type d'identifiant PP"),
  ID("Identifiant PP"),
  NATIONAL_ID("Identification nationale PP"),
  CIVILITY_PRACTICE_CODE("Code civilité d'exercice"),
  CIVILITY_PRACTICE_LABEL("Libellé civilité exercice", "Libellé civilité d'exercice"),
  CIVILITY_CODE("Code civilité"),
  CIVILITY_LABEL("Libellé civilité"),
  LAST_NAME("Nom d'exercice"),
  FIRST_NAME("Prénom d'exercice"),
  PROFESSION_CODE("Code profession"),
  PROFESSION_LABEL("Libellé profession"),
  CATEGORY_CODE("Code catégorie professionnelle"),
  CATEGORY_LABEL("Libellé catégorie professionnelle"),
  SF_TYPE_CODE("Code type savoir-faire"),
  SF_TYPE_LABEL("Libellé type savoir-faire"),
  SF_CODE("Code savoir-faire"),
  SF_LABEL("Libellé savoir-faire"),
  MODE_CODE("Code mode exercice"),
  MODE_LABEL("Libellé mode exercice"),
  SIRET("Numéro SIRET site"),
  SIREN("Numéro SIREN site"),
  FINESS_SITE("Numéro FINESS site"),
  FINESS_LEGAL("Numéro FINESS établissement juridique"),
  TECHNICAL_ID("Identifiant technique de la structure"),
  COMPANY_NAME("Raison sociale site"),
  TRADE_NAME("Enseigne commerciale site"),
  RECIPIENT("Complément destinataire (coord. structure)"),
  GEO_POINT("Complément point géographique (coord. structure)"),
  STREET_NUMBER("Numéro Voie (coord. structure)"),
  STREET_REPEAT("Indice répétition voie (coord. Structure)", "Indice répétition voie (coord. structure)"),
  STREET_TYPE_CODE("Code type de voie (coord. structure)"),
  STREET_TYPE_LABEL("Libellé type de voie (coord. structure)"),
  STREET("Libellé Voie (coord. structure)"),
  DISTRIBUTION("Mention distribution (coord. structure)"),
  CEDEX("Bureau cedex (coord. structure)"),
  POSTAL_CODE("Code postal (coord. structure)"),
  COMMUNE_CODE("Code commune (coord. structure)"),
  COMMUNE_LABEL("Libellé commune (coord. structure)"),
  COUNTRY_CODE("Code pays (coord. structure)"),
  COUNTRY_LABEL("Libellé pays (coord. structure)"),
  PHONE("Téléphone (coord. structure)"),
  PHONE_2("Téléphone 2 (coord. structure)"),
  FAX("Télécopie (coord. structure)"),
  EMAIL("Adresse e-mail (coord. structure)"),
  DEPARTMENT_CODE("Code département (coord. structure)", "Code Département (structure)"),
  DEPARTMENT_LABEL("Libellé département (coord. structure)", "Libellé Département (structure)"),
  FORMER_ID("Ancien identifiant de la structure", "Ancien identifiant"),
  AUTHORITY("Autorité d'enregistrement"),
  SECTOR_CODE("Code secteur d'activité"),
  SECTOR_LABEL("Libellé secteur d'activité"),
  PHARMACIST_SECTION_CODE("Code section tableau pharmaciens"),
  PHARMACIST_SECTION_LABEL("Libellé section tableau pharmaciens"),
  FUNCTION_CODE("Code fonction", null),
  FUNCTION_LABEL("Libellé fonction", null),
  GENRE_CODE("Code genre d'activité", null),
  GENRE_LABEL("Libellé genre d'activité", null);

  private static final Map<String, AnnuaireColumn> BY_NAME = new HashMap<>();

  static {
    for (AnnuaireColumn c : values()) {
      BY_NAME.put(Text.normalise(c.label2026), c);
      if (c.label2021 != null) {
        BY_NAME.put(Text.normalise(c.label2021), c);
      }
    }
  }

  private final String label2026;
  private final String label2021;

  AnnuaireColumn(String label) {
    this(label, label);
  }

  AnnuaireColumn(String label2026, String label2021) {
    this.label2026 = label2026;
    this.label2021 = label2021;
  }

  /** @return the column of a header label in either layout (after normalisation), or null */
  public static AnnuaireColumn byLabel(String label) {
    return BY_NAME.get(Text.normalise(label));
  }

  public String label2026() {
    return label2026;
  }

  /** @return the 2021-2022 label, or null when the column did not exist */
  public String label2021() {
    return label2021;
  }

  /** @return the labels of a layout in order */
  public static List<String> header(boolean layout2026) {
    List<String> out = new ArrayList<>();
    for (AnnuaireColumn c : values()) {
      String l = layout2026 ? c.label2026 : c.label2021;
      if (l != null) {
        out.add(l);
      }
    }
    return List.copyOf(out);
  }
}
