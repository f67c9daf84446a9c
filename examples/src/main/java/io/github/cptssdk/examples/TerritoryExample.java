package io.github.cptssdk.examples;

import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.territory.TerritoryCoverage;
import io.github.cptssdk.core.territory.TerritoryProfile;
import java.util.Map;

/** The territory of a CPTS, its population, and the coverage of a department (README of cpts-core). */
public final class TerritoryExample {

  private TerritoryExample() {}

  /** @return the profile of Sète Agglopôle Méditerranée */
  public static TerritoryProfile sete() {
    // tag::territory[]
    CommuneReferential referential = CommuneReferential.official(); // loaded once, thread-safe

    // A CPTS covering Sète Agglopôle Méditerranée (EPCI 200066355)
    Territory thau = referential.epciTerritory(EpciCode.parse("200066355"));
    TerritoryProfile profile = referential.profile(thau);
    profile.population();   // 131216
    profile.communeCount(); // 14
    profile.departments();  // [34]
    profile.regions();      // [76]
    // end::territory[]
    return profile;
  }

  /** @return the unknown codes of a territory given as INSEE codes */
  public static TerritoryProfile withUnknownCode() {
    CommuneReferential referential = CommuneReferential.official();
    // tag::unknown-codes[]
    // A territory given as INSEE codes: unknown codes are listed, never dropped
    referential.profile(Territory.parse("34301", "34157", "34999")).unknownCodes(); // [34999]
    // end::unknown-codes[]
    return referential.profile(Territory.parse("34301", "34157", "34999"));
  }

  /** @return overlaps and white zones of two CPTS in Hérault */
  public static TerritoryCoverage coverage() {
    CommuneReferential referential = CommuneReferential.official();
    Territory thau = referential.epciTerritory(EpciCode.parse("200066355"));
    // tag::coverage[]
    // Several CPTS in a department: overlaps and white zones
    TerritoryCoverage coverage = TerritoryCoverage.analyse(referential,
        Map.of("CPTS du Bassin de Thau", thau, "CPTS Montpellier", Territory.parse("34172", "34157")),
        referential.departmentTerritory("34"));
    coverage.overlaps();            // [Overlap[commune=34157 (Mèze), cpts=[both], population=12669]]
    coverage.whiteZonePopulation(); // inhabitants of Hérault covered by no CPTS
    // end::coverage[]
    return coverage;
  }
}
