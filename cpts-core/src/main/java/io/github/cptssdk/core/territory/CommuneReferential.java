package io.github.cptssdk.core.territory;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The official referential of French communes, arrondissements municipaux, EPCI, departments and
 * regions with their populations. The bundled one ({@link #official()}) is derived from
 * {@code @etalab/decoupage-administratif}; implementations are immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public interface CommuneReferential {

  /**
   * @return the bundled referential, loaded once on first use
   * @throws io.github.cptssdk.core.CptsException {@code CPTS-0200} if the bundled data cannot be read
   *     (a damaged jar)
   */
  static CommuneReferential official() {
    return io.github.cptssdk.core.territory.internal.OfficialReferential.instance();
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
  TerritoryProfile profile(Territory territory);
}
