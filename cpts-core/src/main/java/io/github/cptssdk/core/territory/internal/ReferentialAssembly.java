package io.github.cptssdk.core.territory.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.Department;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.Region;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Assembles the {@link ReferentialData} of a referential given as rows of communes: departments, regions
 * and EPCI are derived from the communes, names are given or default to the codes. Stateless.
 */
@API(status = INTERNAL, since = "0.2")
public final class ReferentialAssembly {

  private ReferentialAssembly() {}

  /** The name and legal type of an EPCI, when they are known. */
  public record EpciName(String name, String type) {}

  /**
   * @param source what the data is
   * @param communes the communes and arrondissements municipaux, by code (one per code)
   * @param departmentNames department names by code; a missing one is the code
   * @param regionNames region names by code; a missing one is the code
   * @param epciNames EPCI names and types; a missing one is named by its code, of type {@code EPCI}
   * @return the data, each list sorted by code
   */
  public static ReferentialData assemble(String source, Collection<Commune> communes, Map<String, String> departmentNames,
      Map<String, String> regionNames, Map<EpciCode, EpciName> epciNames) {
    Map<String, Department> departments = new TreeMap<>();
    Map<String, Region> regions = new TreeMap<>();
    Map<String, List<Commune>> members = new TreeMap<>();
    List<Commune> cities = new ArrayList<>();
    List<Commune> arrondissements = new ArrayList<>();
    for (Commune c : communes) {
      departments.putIfAbsent(c.departmentCode(), new Department(c.departmentCode(),
          departmentNames.getOrDefault(c.departmentCode(), c.departmentCode()), c.regionCode()));
      regions.putIfAbsent(c.regionCode(), new Region(c.regionCode(), regionNames.getOrDefault(c.regionCode(), c.regionCode())));
      if (c.kind() == Commune.Kind.MUNICIPAL_ARRONDISSEMENT) {
        arrondissements.add(c);
        continue;
      }
      cities.add(c);
      if (c.epci() != null) {
        members.computeIfAbsent(c.epci().value(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Epci> epcis = new ArrayList<>();
    members.forEach((code, list) -> {
      EpciCode epci = EpciCode.parse(code);
      EpciName name = epciNames.getOrDefault(epci, new EpciName(code, "EPCI"));
      epcis.add(new Epci(epci, name.name(), name.type(), list.stream().map(Commune::code).sorted().toList(),
          list.stream().mapToLong(Commune::population).sum()));
    });
    Comparator<Commune> byCode = Comparator.comparing(Commune::code);
    cities.sort(byCode);
    arrondissements.sort(byCode);
    return new ReferentialData(source, List.copyOf(regions.values()), List.copyOf(departments.values()), epcis, cities,
        arrondissements);
  }

  /**
   * @param c a commune
   * @return {@code c}, with its city as parent when it is an arrondissement municipal given without one
   * @throws IllegalArgumentException if {@code c} is an arrondissement municipal whose city cannot be derived
   */
  public static Commune withCity(Commune c) {
    if (c.kind() != Commune.Kind.MUNICIPAL_ARRONDISSEMENT || c.parent() != null) {
      return c;
    }
    CommuneCode city = c.code().parentCityCode();
    if (city == null) {
      throw new IllegalArgumentException("arrondissement municipal " + c.code() + " has no city");
    }
    return new Commune(c.code(), c.name(), c.kind(), c.departmentCode(), c.regionCode(), c.epci(), city, c.population());
  }
}
