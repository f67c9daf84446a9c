package io.github.cptssdk.registries.annuaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The identifiers of the site of an activity. Which one is filled depends on the structure: FINESS for
 * establishments, SIRET for SEL/SCP and employers outside FINESS, a technical identifier for liberal
 * practices (section 1.5 item 5 of ../shared/domain/registries-sas-spark.md).
 *
 * @param siret the SIRET of the site, if any
 * @param siren the SIREN of the site, if any
 * @param finessSite the FINESS number of the site (établissement), if any
 * @param finessLegalEntity the FINESS number of the legal entity, if any
 * @param technicalId the technical identifier of the structure, or empty
 * @param formerId the former identifier of the structure (prefixed: {@link StructureIdKind}), or empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Site(@Nullable Siret siret, @Nullable Siren siren, @Nullable FinessNumber finessSite,
    @Nullable FinessNumber finessLegalEntity, String technicalId, String formerId) {

  /** A site with no identifier. */
  public static final Site NONE = new Site(null, null, null, null, "", "");

  /**
   * @param siret the SIRET, or null
   * @param siren the SIREN, or null
   * @param finessSite the FINESS of the site, or null
   * @param finessLegalEntity the FINESS of the legal entity, or null
   * @param technicalId the technical identifier, or empty
   * @param formerId the former identifier, or empty
   * @throws IllegalArgumentException if an identifier text holds a separator, a line break or more than 64 characters
   */
  public Site {
    Objects.requireNonNull(technicalId, "technicalId");
    Objects.requireNonNull(formerId, "formerId");
    if (!Activity.isPlain(technicalId, 64) || !Activity.isPlain(formerId, 64)) {
      throw new IllegalArgumentException("a structure identifier has at most 64 characters, no '|' nor line break");
    }
  }

  /** @return what the prefix of the former identifier means, if known */
  public Optional<StructureIdKind> formerIdKind() {
    return StructureIdKind.of(formerId);
  }
}
