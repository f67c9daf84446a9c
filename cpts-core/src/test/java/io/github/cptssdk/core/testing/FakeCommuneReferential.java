package io.github.cptssdk.core.testing;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A tiny in-memory {@link CommuneReferential} for tests: knows the communes and EPCI it is given (each
 * commune in department {@code code[0..2]}, region "00", population 1000). Immutable.
 */
public final class FakeCommuneReferential implements CommuneReferential {

  private final Map<CommuneCode, Commune> communes = new TreeMap<>();
  private final Map<EpciCode, Epci> epcis = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));

  private FakeCommuneReferential(Map<EpciCode, List<CommuneCode>> members, List<CommuneCode> others) {
    members.forEach((code, list) -> {
      list.forEach(c -> communes.put(c, commune(c, code)));
      epcis.put(code, new Epci(code, "EPCI " + code, "CA", list, 1000L * list.size()));
    });
    others.forEach(c -> communes.putIfAbsent(c, commune(c, null)));
  }

  /** @return a referential knowing {@code codes} (no EPCI) */
  public static FakeCommuneReferential of(String... codes) {
    return new FakeCommuneReferential(Map.of(), List.of(codes).stream().map(CommuneCode::of).toList());
  }

  /** @return a referential knowing one EPCI and its member communes */
  public static FakeCommuneReferential ofEpci(String epci, List<String> members) {
    return new FakeCommuneReferential(Map.of(EpciCode.parse(epci), members.stream().map(CommuneCode::of).toList()), List.of());
  }

  private static Commune commune(CommuneCode c, EpciCode epci) {
    return new Commune(c, "Commune " + c, Commune.Kind.COMMUNE, c.departmentCode(), "00", epci, null, 1000);
  }

  @Override
  public String source() {
    return "fake referential for tests";
  }

  @Override
  public Optional<Commune> commune(CommuneCode code) {
    return Optional.ofNullable(communes.get(code));
  }

  @Override
  public List<Commune> communes() {
    return List.copyOf(communes.values());
  }

  @Override
  public List<Commune> municipalArrondissements() {
    return List.of();
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
    return Optional.empty();
  }

  @Override
  public List<Department> departments() {
    return List.of();
  }

  @Override
  public Optional<Region> region(String code) {
    return Optional.empty();
  }

  @Override
  public List<Region> regions() {
    return List.of();
  }

  @Override
  public Territory epciTerritory(EpciCode code) {
    return Territory.of(epci(code).orElseThrow(() -> new UnknownTerritoryException("EPCI", code.value(), source())).members());
  }

  @Override
  public Territory departmentTerritory(String departmentCode) {
    throw new UnknownTerritoryException("department", departmentCode, source());
  }

  @Override
  public Territory regionTerritory(String regionCode) {
    throw new UnknownTerritoryException("region", regionCode, source());
  }

  @Override
  public TerritoryProfile profile(Territory territory) {
    TreeSet<CommuneCode> unknown = new TreeSet<>();
    territory.communes().stream().filter(c -> !communes.containsKey(c)).forEach(unknown::add);
    return new TerritoryProfile(territory, 1000L * (territory.size() - unknown.size()), territory.size() - unknown.size(),
        new TreeSet<>(), new TreeSet<>(), unknown);
  }
}
