package io.github.cptssdk.registries.finess;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A geographic site (entité géographique, établissement) of FINESS with its legal entity. Immutable.
 *
 * @param finess the FINESS number of the site ({@code numFinessEge})
 * @param legalEntity the FINESS number of its legal entity ({@code numFinessPm}), if known
 * @param siren the SIREN of the legal entity, if any
 * @param siret the SIRET of the site, if any
 * @param name the short name of the site, or empty
 * @param category the category code (TRE_R66, e.g. {@code 604} CPTS, {@code 603} maison de santé)
 * @param commune the commune of the site ({@code cogCommune}), if any
 * @param location the WGS84 position, if geocoded
 * @param opened the opening date, if any
 * @param closed the closing date, if any
 * @param engagements the engagements of the site
 * @param active true if the site is open ({@code etatObjet} A and no closing date)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FinessSite(FinessNumber finess, @Nullable FinessNumber legalEntity, @Nullable Siren siren,
    @Nullable Siret siret, String name, String category, @Nullable CommuneCode commune, @Nullable GeoPoint location,
    @Nullable LocalDate opened, @Nullable LocalDate closed, List<Engagement> engagements, boolean active) {

  /** TRE_R66 category of the CPTS. */
  public static final String CPTS = "604";

  /**
   * @param finess the site's FINESS number
   * @param legalEntity the legal entity's FINESS number, or null
   * @param siren the SIREN, or null
   * @param siret the SIRET, or null
   * @param name the name, or empty
   * @param category the category code, 1-4 digits
   * @param commune the commune, or null
   * @param location the position, or null
   * @param opened the opening date, or null
   * @param closed the closing date, or null
   * @param engagements the engagements (copied)
   * @param active whether the site is open
   * @throws IllegalArgumentException if the category is not 1-4 digits
   */
  public FinessSite {
    Objects.requireNonNull(finess, "finess");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    if (!category.matches("\\d{1,4}")) {
      throw new IllegalArgumentException("a FINESS category is 1-4 digits (TRE_R66)");
    }
    engagements = List.copyOf(engagements);
  }

  /**
   * @param type an engagement type, e.g. {@code ACI}
   * @return true if the site has an engagement of that type
   */
  public boolean hasEngagement(String type) {
    return engagements.stream().anyMatch(e -> e.type().equals(type));
  }
}
