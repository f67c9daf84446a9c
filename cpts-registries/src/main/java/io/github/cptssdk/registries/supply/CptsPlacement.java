package io.github.cptssdk.registries.supply;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.registries.finess.FinessSite;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A CPTS registered in FINESS (category 604) placed on the commune referential: the EPCI, department and
 * region of the commune of its site.
 *
 * @param finess the FINESS number of the CPTS site
 * @param name its name in FINESS
 * @param commune its commune
 * @param epci the EPCI of the commune, if any
 * @param department the department code
 * @param region the region code
 * @param aci true if FINESS carries its ACI engagement ({@code typeEngagement} ACI)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CptsPlacement(FinessNumber finess, String name, CommuneCode commune, @Nullable EpciCode epci,
    String department, String region, boolean aci) {

  /**
   * @param finess the FINESS number
   * @param name the name
   * @param commune the commune
   * @param epci the EPCI, or null
   * @param department the department
   * @param region the region
   * @param aci the ACI engagement
   */
  public CptsPlacement {
    Objects.requireNonNull(finess, "finess");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(region, "region");
  }

  /**
   * @param referential the referential
   * @param site a FINESS site
   * @return its placement if it is a CPTS (604) in a commune of the referential; empty otherwise
   */
  public static Optional<CptsPlacement> of(CommuneReferential referential, FinessSite site) {
    if (!FinessSite.CPTS.equals(site.category()) || site.commune() == null) {
      return Optional.empty();
    }
    Optional<Commune> c = referential.commune(site.commune());
    return c.map(x -> new CptsPlacement(site.finess(), site.name(), x.code(), x.epci(), x.departmentCode(), x.regionCode(),
        site.hasEngagement("ACI")));
  }
}
