package io.github.cptssdk.indicators.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Department;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.Region;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.territory.TerritoryProfile;
import io.github.cptssdk.core.territory.UnknownTerritoryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * A small {@link CommuneReferential} given as a list of communes (or read from a CSV file with
 * {@link TerritoryCsv#communes}): for tests, synthetic runs and data sets that the official referential
 * does not cover. Department and region names are their codes unless given. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CommuneTable implements CommuneReferential {

  private final String source;
  private final Map<CommuneCode, Commune> byCode = new TreeMap<>();
  private final Map<String, Department> departments = new TreeMap<>();
  private final Map<String, Region> regions = new TreeMap<>();
  private final Map<EpciCode, Epci> epcis = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));

  private CommuneTable(String source, List<Commune> communes, Map<String, String> names) {
    this.source = Objects.requireNonNull(source, "source");
    for (Commune c : communes) {
      byCode.put(c.code(), c);
      departments.putIfAbsent(c.departmentCode(), new Department(c.departmentCode(),
          names.getOrDefault("d" + c.departmentCode(), c.departmentCode()), c.regionCode()));
      regions.putIfAbsent(c.regionCode(), new Region(c.regionCode(), names.getOrDefault("r" + c.regionCode(), c.regionCode())));
    }
    Map<EpciCode, List<Commune>> members = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    communes().forEach(c -> {
      if (c.epci() != null) {
        members.computeIfAbsent(c.epci(), k -> new ArrayList<>()).add(c);
      }
    });
    members.forEach((code, list) -> epcis.put(code, new Epci(code, code.value(), "EPCI",
        list.stream().map(Commune::code).sorted().toList(), list.stream().mapToLong(Commune::population).sum())));
  }

  /**
   * A referential of these communes, departments and regions named by their codes.
   *
   * @param source where the communes come from (a file name, a URL)
   * @param communes the communes; their departments, regions and EPCI are derived from them
   * @return a referential of these communes
   */
  public static CommuneTable of(String source, List<Commune> communes) {
    return new CommuneTable(source, communes, Map.of());
  }

  /**
   * A referential of these communes, with names for departments and regions.
   *
   * @param source where the communes come from (a file name, a URL)
   * @param communes the communes; their departments, regions and EPCI are derived from them
   * @param names department names keyed {@code d} + code, region names keyed {@code r} + code
   * @return a referential of these communes with names for departments and regions
   */
  public static CommuneTable of(String source, List<Commune> communes, Map<String, String> names) {
    return new CommuneTable(source, communes, names);
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public Optional<Commune> commune(CommuneCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  @Override
  public List<Commune> communes() {
    return filter(c -> c.kind() == Commune.Kind.COMMUNE);
  }

  @Override
  public List<Commune> municipalArrondissements() {
    return filter(c -> c.kind() == Commune.Kind.MUNICIPAL_ARRONDISSEMENT);
  }

  private List<Commune> filter(Predicate<Commune> p) {
    return byCode.values().stream().filter(p).toList();
  }

  @Override
  public Optional<Epci> epci(EpciCode code) {
    return Optional.ofNullable(epcis.get(code));
  }

  @Override
  public List<Epci> epcis() {
    return List.copyOf(epcis.values());
  }

  @Override
  public Optional<Department> department(String code) {
    return Optional.ofNullable(departments.get(code));
  }

  @Override
  public List<Department> departments() {
    return List.copyOf(departments.values());
  }

  @Override
  public Optional<Region> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  @Override
  public List<Region> regions() {
    return List.copyOf(regions.values());
  }

  @Override
  public Territory epciTerritory(EpciCode code) {
    return Territory.of(epci(code).orElseThrow(() -> new UnknownTerritoryException("EPCI", code.value(), source)).members());
  }

  @Override
  public Territory departmentTerritory(String code) {
    department(code).orElseThrow(() -> new UnknownTerritoryException("department", code, source));
    return Territory.of(communes().stream().filter(c -> c.departmentCode().equals(code)).map(Commune::code).toList());
  }

  @Override
  public Territory regionTerritory(String code) {
    region(code).orElseThrow(() -> new UnknownTerritoryException("region", code, source));
    return Territory.of(communes().stream().filter(c -> c.regionCode().equals(code)).map(Commune::code).toList());
  }

  @Override
  public TerritoryProfile profile(Territory territory) {
    long population = 0;
    int count = 0;
    TreeSet<String> depts = new TreeSet<>();
    TreeSet<String> regs = new TreeSet<>();
    TreeSet<CommuneCode> unknown = new TreeSet<>();
    for (CommuneCode code : territory.communes()) {
      Commune c = byCode.get(code);
      if (c == null) {
        unknown.add(code);
        continue;
      }
      count++;
      CommuneCode parent = code.parentCityCode();
      population += parent != null && territory.contains(parent) ? 0 : c.population();
      depts.add(c.departmentCode());
      regs.add(c.regionCode());
    }
    return new TerritoryProfile(territory, population, count, depts, regs, unknown);
  }
}
