package io.github.cptssdk.registries.annuaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.AdeliNumber;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.Identifier;
import io.github.cptssdk.core.id.RppsNumber;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One activity row of the Annuaire Santé extraction: a professional practising at a site, in a mode and
 * a sector. A professional has one row per activity (and, where the savoir-faire sits in the same file,
 * one per specialty). Codes are kept as published (NOS), empty when the file leaves them empty.
 * Immutable; {@link #toString()} never shows the {@link Contact}.
 *
 * @param professional the professional's identifier: an {@link RppsNumber} or an {@link AdeliNumber}
 * @param profession the profession (TRE_G15, e.g. {@code 10} médecin)
 * @param category the professional category (JDV_J89: {@code C} civil, {@code M} militaire,
 *     {@code E} étudiant), or empty
 * @param savoirFaire the savoir-faire of the professional on this row (from the row, or joined from the
 *     SavoirFaire file), possibly empty
 * @param mode the mode d'exercice (TRE_R23: {@code L} libéral, {@code S} salarié, {@code B} bénévole),
 *     or empty
 * @param sector the secteur d'activité (TRE_R02, e.g. {@code SA07} cabinet individuel), or empty
 * @param genre the genre d'activité (TRE_R22, e.g. {@code GENR01} soin), or empty (2021 layout)
 * @param site the identifiers of the site
 * @param commune the practice commune (INSEE; arrondissements of Paris, Lyon and Marseille kept), or null
 *     when unplaced
 * @param contact the contact fields, only when the reader keeps them; else null
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Activity(Identifier professional, String profession, String category, List<SavoirFaire> savoirFaire,
    String mode, String sector, String genre, Site site, @Nullable CommuneCode commune, @Nullable Contact contact) {

  /** TRE_G15 code of the médecin. */
  public static final String PHYSICIAN = "10";
  /** TRE_R22 codes of replacement activity (GENR02, GENR03). Source: TRE_R22 (../shared/fhir/nos). */
  public static final Set<String> REPLACEMENT_GENRES = Set.of("GENR02", "GENR03");

  /**
   * Checks the values.
   *
   * @param professional an RPPS or ADELI number
   * @param profession the TRE_G15 code, not empty
   * @param category the category code, or empty
   * @param savoirFaire the savoir-faire (copied)
   * @param mode the mode code, or empty
   * @param sector the sector code, or empty
   * @param genre the genre code, or empty
   * @param site the site
   * @param commune the commune, or null
   * @param contact the contact, or null
   * @throws IllegalArgumentException if the identifier is of another kind or a code is malformed
   */
  public Activity {
    Objects.requireNonNull(professional, "professional");
    if (!(professional instanceof RppsNumber) && !(professional instanceof AdeliNumber)) {
      throw new IllegalArgumentException("a professional is identified by an RPPS or an ADELI number");
    }
    if (!isCode(profession)) {
      throw new IllegalArgumentException("profession must be a TRE_G15 code");
    }
    for (String c : new String[] {category, mode, sector, genre}) {
      if (!c.isEmpty() && !isCode(c)) {
        throw new IllegalArgumentException("a code is 1-16 letters, digits, '-' or '_'");
      }
    }
    savoirFaire = List.copyOf(savoirFaire);
    Objects.requireNonNull(site, "site");
  }

  /**
   * @return the {@code Identification nationale PP}: the type digit then the number ({@code 8} + RPPS,
   *     {@code 0} + ADELI)
   */
  public String nationalId() {
    return (professional instanceof RppsNumber ? "8" : "0") + professional.value();
  }

  /** @return the RPPS number, empty for an ADELI-only professional */
  public Optional<RppsNumber> rpps() {
    return professional instanceof RppsNumber r ? Optional.of(r) : Optional.empty();
  }

  /** @return true for a replacement activity (genre GENR02 or GENR03) */
  public boolean isReplacement() {
    return REPLACEMENT_GENRES.contains(genre);
  }

  /** @return true for the libéral mode ({@code L}) */
  public boolean isLiberal() {
    return "L".equals(mode);
  }

  /** @return true for the salarié mode ({@code S}) */
  public boolean isSalaried() {
    return "S".equals(mode);
  }

  /**
   * @return true for a general practitioner by the DREES definition: a médecin (10) with savoir-faire
   *     SM26, SM53 or SM54 (type S)
   */
  public boolean isGeneralPractitioner() {
    return PHYSICIAN.equals(profession) && savoirFaire.stream().anyMatch(SavoirFaire::isGeneralPractice);
  }

  /**
   * @return the commune a territory is matched on: the city of an arrondissement municipal (75056,
   *     69123, 13055), else the commune; null when unplaced
   */
  public @Nullable CommuneCode city() {
    if (commune == null) {
      return null;
    }
    CommuneCode parent = commune.parentCityCode();
    return parent != null ? parent : commune;
  }

  /**
   * @param value the savoir-faire
   * @return a copy with this savoir-faire
   */
  public Activity withSavoirFaire(List<SavoirFaire> value) {
    return new Activity(professional, profession, category, value, mode, sector, genre, site, commune, contact);
  }

  /**
   * @param value the commune, or null
   * @return a copy with this commune
   */
  public Activity withCommune(@Nullable CommuneCode value) {
    return new Activity(professional, profession, category, savoirFaire, mode, sector, genre, site, value, contact);
  }

  /**
   * @param value the contact, or null
   * @return a copy with this contact
   */
  public Activity withContact(@Nullable Contact value) {
    return new Activity(professional, profession, category, savoirFaire, mode, sector, genre, site, commune, value);
  }

  static boolean isCode(String s) {
    if (s.isEmpty() || s.length() > 16) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  static boolean isPlain(String s, int max) {
    return s.length() <= max && s.indexOf('|') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
  }
}
