package io.github.cptssdk.core.territory.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.territory.TerritoryProfile;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;

/** Computes the {@link TerritoryProfile} of a territory against any referential. Stateless. */
@API(status = INTERNAL, since = "0.1")
public final class Profiles {

  private Profiles() {}

  /**
   * Population counts a city (75056, 69123, 13055) once: an arrondissement municipal whose city is
   * also in the territory adds nothing. Unknown codes are listed, never dropped.
   */
  public static TerritoryProfile profile(CommuneReferential referential, Territory territory) {
    long population = 0;
    int count = 0;
    TreeSet<String> departments = new TreeSet<>();
    TreeSet<String> regions = new TreeSet<>();
    TreeSet<CommuneCode> unknown = new TreeSet<>();
    for (CommuneCode code : territory.communes()) {
      Optional<Commune> found = referential.commune(code);
      if (found.isEmpty()) {
        unknown.add(code);
        continue;
      }
      Commune c = found.get();
      count++;
      departments.add(c.departmentCode());
      regions.add(c.regionCode());
      if (!countedWithItsCity(c, territory)) {
        population += c.population();
      }
    }
    return new TerritoryProfile(territory, population, count, departments, regions, unknown);
  }

  private static boolean countedWithItsCity(Commune c, Territory territory) {
    CommuneCode city = c.parent();
    return city != null && territory.contains(city);
  }
}
