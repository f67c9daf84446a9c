package io.github.cptssdk.core.territory;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.internal.OfficialReferential;
import io.github.cptssdk.core.territory.internal.Profiles;
import io.github.cptssdk.core.territory.internal.ReferentialAssembly;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The official referential of French communes, arrondissements municipaux, EPCI, departments and
 * regions with their populations. The bundled one ({@link #official()}) is derived from
 * {@code @etalab/decoupage-administratif}; {@link #of} and {@link #builder} make one of a few rows (tests,
 * synthetic runs, data sets the official one does not cover), indexed and profiled by the same code.
 * Implementations are immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public interface CommuneReferential {

  /**
   * @return the bundled referential, loaded once on first use
   * @throws io.github.cptssdk.core.CptsException {@code CPTS-0200} if the bundled data cannot be read
   *     (a damaged jar)
   */
  static CommuneReferential official() {
    return OfficialReferential.instance();
  }

  /**
   * A referential of these communes, with departments, regions and EPCI derived from them and named by
   * their codes.
   *
   * @param source where the communes come from (a file name, a URL)
   * @param communes the communes and arrondissements municipaux; a later one with the same code replaces
   *     an earlier one
   * @return a referential of these communes
   * @throws IllegalArgumentException if an arrondissement municipal has no city
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  static CommuneReferential of(String source, Collection<Commune> communes) {
    return builder(source).addAll(communes).build();
  }

  /**
   * @param source where the communes come from (a file name, a URL)
   * @return an empty builder of an in-memory referential
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  static Builder builder(String source) {
    return new Builder(source);
  }

  /** @return what the data is, e.g. {@code @etalab/decoupage-administratif 6.0.0} */
  String source();

  /**
   * @param code an INSEE commune code
   * @return the commune or arrondissement municipal with this code, or empty if it does not exist
   */
  Optional<Commune> commune(CommuneCode code);

  /** @return every current commune (not the arrondissements municipaux), sorted by code */
  List<Commune> communes();

  /** @return the arrondissements municipaux of Paris, Lyon and Marseille, sorted by code */
  List<Commune> municipalArrondissements();

  /**
   * @param city a commune code, e.g. {@code 75056} Paris
   * @return the arrondissements municipaux of that city, sorted by code; empty for any other code
   */
  default List<Commune> arrondissementsOf(CommuneCode city) {
    return municipalArrondissements().stream().filter(a -> city.equals(a.parent())).toList();
  }

  /**
   * @param code the SIREN of an EPCI
   * @return the EPCI with this code, or empty if it does not exist
   */
  Optional<Epci> epci(EpciCode code);

  /** @return every EPCI, sorted by code */
  List<Epci> epcis();

  /**
   * @param code a department code ({@code 34}, {@code 2A}, {@code 971})
   * @return the department with this code, or empty if it does not exist
   */
  Optional<Department> department(String code);

  /** @return every department, sorted by code */
  List<Department> departments();

  /**
   * @param code an INSEE region code ({@code 76})
   * @return the region with this code, or empty if it does not exist
   */
  Optional<Region> region(String code);

  /** @return every region, sorted by code */
  List<Region> regions();

  /**
   * @param code the SIREN of the EPCI
   * @return the territory made of the member communes of the EPCI
   * @throws UnknownTerritoryException if the EPCI does not exist
   */
  Territory epciTerritory(EpciCode code);

  /**
   * @param departmentCode the department code ({@code 34}, {@code 2A})
   * @return the territory made of the communes of the department
   * @throws UnknownTerritoryException if the department does not exist
   */
  Territory departmentTerritory(String departmentCode);

  /**
   * @param regionCode the INSEE region code ({@code 76})
   * @return the territory made of the communes of the region
   * @throws UnknownTerritoryException if the region does not exist
   */
  Territory regionTerritory(String regionCode);

  /**
   * Resolves a territory: population without double counting Paris, Lyon and Marseille and their
   * arrondissements, departments and regions touched, and the codes that are unknown.
   *
   * @param territory the territory, possibly with unknown codes
   * @return its profile; never throws for unknown codes, which are listed in it
   */
  default TerritoryProfile profile(Territory territory) {
    return Profiles.profile(this, territory);
  }

  /**
   * Builds an in-memory referential from rows of communes (code, name, department, region, EPCI,
   * population): departments, regions and EPCI are derived from the communes; their names are the
   * codes unless given. Not thread-safe; the referential it builds is.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  final class Builder {
    private final String source;
    private final Map<CommuneCode, Commune> communes = new TreeMap<>();
    private final Map<String, String> departmentNames = new HashMap<>();
    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<EpciCode, ReferentialAssembly.EpciName> epciNames = new HashMap<>();

    private Builder(String source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * @param commune a commune or arrondissement municipal (an arrondissement without a parent gets its
     *     city from its code); it replaces any earlier one with the same code
     * @return this builder
     * @throws IllegalArgumentException if an arrondissement municipal has no city
     */
    public Builder add(Commune commune) {
      Commune c = ReferentialAssembly.withCity(commune);
      communes.put(c.code(), c);
      return this;
    }

    /**
     * @param all communes or arrondissements municipaux, added in order
     * @return this builder
     * @throws IllegalArgumentException if an arrondissement municipal has no city
     */
    public Builder addAll(Collection<Commune> all) {
      all.forEach(this::add);
      return this;
    }

    /**
     * @param code a department code ({@code 34})
     * @param name its name ({@code Hérault})
     * @return this builder
     */
    public Builder departmentName(String code, String name) {
      departmentNames.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * @param code an INSEE region code ({@code 76})
     * @param name its name ({@code Occitanie})
     * @return this builder
     */
    public Builder regionName(String code, String name) {
      regionNames.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * @param code the SIREN of an EPCI that communes of this builder name
     * @param name its name
     * @param type its legal type (CC, CA, CU, METRO, MET69)
     * @return this builder
     */
    public Builder epciName(EpciCode code, String name, String type) {
      epciNames.put(Objects.requireNonNull(code, "code"), new ReferentialAssembly.EpciName(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(type, "type")));
      return this;
    }

    /** @return the referential of the communes added so far */
    public CommuneReferential build() {
      return new OfficialReferential(ReferentialAssembly.assemble(source, communes.values(), departmentNames, regionNames,
          epciNames));
    }
  }
}
