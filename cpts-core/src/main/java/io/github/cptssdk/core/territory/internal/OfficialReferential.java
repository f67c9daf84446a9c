package io.github.cptssdk.core.territory.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Department;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.Region;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.territory.UnknownTerritoryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apiguardian.api.API;

/**
 * A {@link CommuneReferential} held in memory, indexed by commune, EPCI, department and region.
 *
 * <p>Immutable and thread-safe: every index is built in the constructor and never changes. The bundled
 * one ({@link #instance()}) is read once, on first use, with the holder idiom; the ones of
 * {@link CommuneReferential#builder} are the same class over assembled data ({@link ReferentialAssembly}).
 */
@API(status = INTERNAL, since = "0.1")
public final class OfficialReferential implements CommuneReferential {

  private static final Logger LOG = LoggerFactory.getLogger(OfficialReferential.class);

  private final ReferentialData data;
  private final Map<CommuneCode, Commune> byCode;
  private final Map<EpciCode, Epci> epcis;
  private final Map<String, Department> departments;
  private final Map<String, Region> regions;
  private final Map<String, Territory> departmentTerritories;
  private final Map<String, Territory> regionTerritories;
  private final Map<CommuneCode, List<Commune>> arrondissementsByCity;

  /** Builds the indexes of {@code data}. */
  public OfficialReferential(ReferentialData data) {
    this.data = data;
    List<Commune> all = new ArrayList<>(data.communes());
    all.addAll(data.arrondissements());
    this.byCode = index(all, Commune::code);
    this.epcis = index(data.epcis(), Epci::code);
    this.departments = index(data.departments(), Department::code);
    this.regions = index(data.regions(), Region::code);
    this.departmentTerritories = territories(data.communes(), Commune::departmentCode);
    this.regionTerritories = territories(data.communes(), Commune::regionCode);
    this.arrondissementsByCity = Map.copyOf(data.arrondissements().stream()
        .collect(Collectors.groupingBy(a -> Objects.requireNonNull(a.parent()))));
  }

  /**
   * @return the bundled referential, read on first call
   * @throws io.github.cptssdk.core.CptsException {@code CPTS-0200} if the bundled resource is unreadable
   */
  public static CommuneReferential instance() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final OfficialReferential INSTANCE = load();

    private static OfficialReferential load() {
      long start = System.nanoTime();
      OfficialReferential referential = new OfficialReferential(ReferentialReader.readBundled());
      LOG.debug("{} loaded: {} communes, {} EPCI in {} ms", referential.source(), referential.data.communes().size(),
          referential.epcis.size(), (System.nanoTime() - start) / 1_000_000);
      return referential;
    }
  }

  @Override
  public String source() {
    return data.source();
  }

  @Override
  public Optional<Commune> commune(CommuneCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  @Override
  public List<Commune> communes() {
    return data.communes();
  }

  @Override
  public List<Commune> municipalArrondissements() {
    return data.arrondissements();
  }

  @Override
  public List<Commune> arrondissementsOf(CommuneCode city) {
    return arrondissementsByCity.getOrDefault(city, List.of());
  }

  @Override
  public Optional<Epci> epci(EpciCode code) {
    return Optional.ofNullable(epcis.get(code));
  }

  @Override
  public List<Epci> epcis() {
    return data.epcis();
  }

  @Override
  public Optional<Department> department(String code) {
    return Optional.ofNullable(departments.get(code));
  }

  @Override
  public List<Department> departments() {
    return data.departments();
  }

  @Override
  public Optional<Region> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  @Override
  public List<Region> regions() {
    return data.regions();
  }

  @Override
  public Territory epciTerritory(EpciCode code) {
    return epci(code).map(e -> Territory.of(e.members()))
        .orElseThrow(() -> new UnknownTerritoryException("EPCI", code.value(), source()));
  }

  @Override
  public Territory departmentTerritory(String departmentCode) {
    return known(departmentTerritories, departments, departmentCode, "department");
  }

  @Override
  public Territory regionTerritory(String regionCode) {
    return known(regionTerritories, regions, regionCode, "region");
  }

  private Territory known(Map<String, Territory> territories, Map<String, ?> known, String code, String what) {
    if (!known.containsKey(code)) {
      throw new UnknownTerritoryException(what, code, source());
    }
    return territories.getOrDefault(code, Territory.empty());
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> map = new HashMap<>(values.size() * 2);
    for (V v : values) {
      if (map.put(key.apply(v), v) != null) {
        throw new IllegalStateException("duplicate key [" + key.apply(v) + "] in the referential");
      }
    }
    return Map.copyOf(map);
  }

  private static Map<String, Territory> territories(List<Commune> communes, Function<Commune, String> key) {
    Map<String, TreeSet<CommuneCode>> sets = new HashMap<>();
    for (Commune c : communes) {
      sets.computeIfAbsent(key.apply(c), k -> new TreeSet<>()).add(c.code());
    }
    Map<String, Territory> result = new HashMap<>();
    sets.forEach((k, v) -> result.put(k, new Territory(v)));
    return Map.copyOf(result);
  }
}
