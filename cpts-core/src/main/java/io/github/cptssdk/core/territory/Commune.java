package io.github.cptssdk.core.territory;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A commune, or an arrondissement municipal of Paris, Lyon or Marseille, from the official referential.
 *
 * @param code INSEE code
 * @param name official name
 * @param kind commune or arrondissement municipal
 * @param departmentCode code of its department ({@code 34}, {@code 2A}, {@code 971})
 * @param regionCode INSEE code of its region ({@code 76})
 * @param epci the EPCI it belongs to, if any (arrondissements: that of their city)
 * @param parent for an arrondissement municipal, its city; null otherwise
 * @param population municipal population of the referential's year
 */
@API(status = STABLE, since = "0.1")
public record Commune(
    CommuneCode code,
    String name,
    Kind kind,
    String departmentCode,
    String regionCode,
    @Nullable EpciCode epci,
    @Nullable CommuneCode parent,
    long population) {

  /** Commune or arrondissement municipal. */
  public enum Kind {
    /** A current commune (commune actuelle). */
    COMMUNE,
    /** An arrondissement municipal of Paris, Lyon or Marseille (its city is also a commune). */
    MUNICIPAL_ARRONDISSEMENT
  }

  /**
   * @param code the INSEE code
   * @param name the name
   * @param kind the kind
   * @param departmentCode the department code
   * @param regionCode the region code
   * @param epci the EPCI, or null
   * @param parent the city of an arrondissement, or null
   * @param population the population, not negative
   * @throws IllegalArgumentException if {@code population} is negative
   */
  public Commune {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(departmentCode, "departmentCode");
    Objects.requireNonNull(regionCode, "regionCode");
    if (population < 0) {
      throw new IllegalArgumentException("population must not be negative");
    }
  }
}
