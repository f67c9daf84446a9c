package io.github.cptssdk.core.territory.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.territory.TerritoryCoverage;
import io.github.cptssdk.core.territory.TerritoryCoverage.Overlap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/** Computes a {@link TerritoryCoverage}. Stateless. */
@API(status = INTERNAL, since = "0.1")
public final class CoverageAnalysis {

  private CoverageAnalysis() {}

  /** See {@link TerritoryCoverage#analyse}. */
  public static TerritoryCoverage analyse(CommuneReferential referential, Map<String, Territory> byName, Territory scope) {
    Objects.requireNonNull(referential, "referential");
    Objects.requireNonNull(byName, "byName");
    Objects.requireNonNull(scope, "scope");
    TreeMap<CommuneCode, SortedSet<String>> claims = claims(referential, byName);
    TreeSet<CommuneCode> covered = new TreeSet<>();
    TreeSet<CommuneCode> white = new TreeSet<>();
    for (CommuneCode unit : expand(referential, scope).communes()) {
      (claims.containsKey(unit) ? covered : white).add(unit);
    }
    Territory coveredTerritory = new Territory(covered);
    Territory whiteTerritory = new Territory(white);
    return new TerritoryCoverage(scope, new TreeMap<>(byName), overlaps(referential, claims),
        coveredTerritory, referential.profile(coveredTerritory).population(),
        whiteTerritory, referential.profile(whiteTerritory).population(),
        unknown(referential, byName, scope));
  }

  /**
   * @return the territory with Paris, Lyon and Marseille replaced by their arrondissements municipaux
   *     (every other code, known or not, is kept as is)
   */
  public static Territory expand(CommuneReferential referential, Territory territory) {
    TreeSet<CommuneCode> units = new TreeSet<>();
    for (CommuneCode code : territory.communes()) {
      List<Commune> parts = referential.arrondissementsOf(code);
      if (parts.isEmpty()) {
        units.add(code);
      } else {
        parts.forEach(p -> units.add(p.code()));
      }
    }
    return new Territory(units);
  }

  private static TreeMap<CommuneCode, SortedSet<String>> claims(CommuneReferential referential, Map<String, Territory> byName) {
    TreeMap<CommuneCode, SortedSet<String>> claims = new TreeMap<>();
    byName.forEach((name, territory) -> {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(territory, "territory of " + name);
      if (name.isBlank()) {
        throw new IllegalArgumentException("the name of a CPTS must not be blank");
      }
      for (CommuneCode unit : expand(referential, territory).communes()) {
        claims.computeIfAbsent(unit, k -> new TreeSet<>()).add(name);
      }
    });
    return claims;
  }

  private static List<Overlap> overlaps(CommuneReferential referential, TreeMap<CommuneCode, SortedSet<String>> claims) {
    List<Overlap> overlaps = new ArrayList<>();
    claims.forEach((code, names) -> {
      if (names.size() > 1) {
        long population = referential.commune(code).map(Commune::population).orElse(0L);
        overlaps.add(new Overlap(code, names, population));
      }
    });
    return overlaps;
  }

  private static SortedSet<CommuneCode> unknown(CommuneReferential referential, Map<String, Territory> byName, Territory scope) {
    TreeSet<CommuneCode> unknown = new TreeSet<>(referential.profile(scope).unknownCodes());
    byName.values().forEach(t -> unknown.addAll(referential.profile(t).unknownCodes()));
    return unknown;
  }
}
