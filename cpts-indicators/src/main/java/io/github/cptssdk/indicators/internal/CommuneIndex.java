package io.github.cptssdk.indicators.internal;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Department;
import io.github.cptssdk.core.territory.Region;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.CommuneDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Commune → areas index: for each commune of the dictionary, the CPTS whose territory contains it (0,
 * 1 or several), its department and its region. A territory listing Paris, Lyon or Marseille (the
 * city code) also covers their arrondissements municipaux. Area numbering: CPTS first (sorted by id),
 * then departments, then regions (sorted by code). Immutable.
 */
public final class CommuneIndex {

  private final CommuneDictionary dictionary;
  private final List<Area> areas;
  private final int[][] communeAreas;

  public CommuneIndex(CommuneDictionary dictionary, CommuneReferential referential, Map<CptsId, Territory> territories) {
    this.dictionary = dictionary;
    TreeMap<CptsId, Territory> cpts = new TreeMap<>(territories);
    TreeSet<String> depts = new TreeSet<>();
    TreeSet<String> regions = new TreeSet<>();
    for (Commune c : dictionary.communes()) {
      depts.add(c.departmentCode());
      regions.add(c.regionCode());
    }
    List<Area> list = new ArrayList<>();
    cpts.keySet().forEach(id -> list.add(new Area(Area.Level.CPTS, id.value(), id.value())));
    depts.forEach(d -> list.add(new Area(Area.Level.DEPARTMENT, d,
        referential.department(d).map(Department::name).orElse(d))));
    regions.forEach(r -> list.add(new Area(Area.Level.REGION, r, referential.region(r).map(Region::name).orElse(r))));
    this.areas = List.copyOf(list);
    this.communeAreas = build(dictionary, referential, cpts, indexOf(list, Area.Level.DEPARTMENT), indexOf(list, Area.Level.REGION));
  }

  private static Map<String, Integer> indexOf(List<Area> areas, Area.Level level) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < areas.size(); i++) {
      if (areas.get(i).level() == level) {
        m.put(areas.get(i).code(), i);
      }
    }
    return m;
  }

  private static int[][] build(CommuneDictionary dict, CommuneReferential referential, TreeMap<CptsId, Territory> cpts,
      Map<String, Integer> depts, Map<String, Integer> regions) {
    List<List<Integer>> member = new ArrayList<>();
    for (int i = 0; i < dict.size(); i++) {
      member.add(new ArrayList<>());
    }
    int a = 0;
    for (Territory t : cpts.values()) {
      for (CommuneCode code : t.communes()) {
        int i = dict.indexOf(code.value());
        if (i >= 0) {
          member.get(i).add(a);
        }
        for (Commune arrondissement : referential.arrondissementsOf(code)) {
          int j = dict.indexOf(arrondissement.code().value());
          if (j >= 0) {
            member.get(j).add(a);
          }
        }
      }
      a++;
    }
    int[][] out = new int[dict.size()][];
    for (int i = 0; i < dict.size(); i++) {
      Commune c = dict.commune(i);
      List<Integer> m = member.get(i);
      int[] row = new int[m.size() + 2];
      int k = 0;
      for (int x : new TreeSet<>(m)) {
        row[k++] = x;
      }
      row[k++] = depts.get(c.departmentCode());
      row[k++] = regions.get(c.regionCode());
      out[i] = Arrays.copyOf(row, k);
    }
    return out;
  }

  /**
   * @return for each area, the sorted list of its atoms: an atom is a class of communes that belong
   *     to exactly the same areas (what an observer of published totals can at best isolate)
   */
  public int[][] areaAtoms() {
    Map<List<Integer>, Integer> atomOf = new HashMap<>();
    List<TreeSet<Integer>> perArea = new ArrayList<>();
    for (int a = 0; a < areas.size(); a++) {
      perArea.add(new TreeSet<>());
    }
    for (int[] sig : communeAreas) {
      List<Integer> key = Arrays.stream(sig).boxed().toList();
      int atom = atomOf.computeIfAbsent(key, k -> atomOf.size());
      for (int a : sig) {
        perArea.get(a).add(atom);
      }
    }
    int[][] out = new int[areas.size()][];
    for (int a = 0; a < out.length; a++) {
      out[a] = perArea.get(a).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  public CommuneDictionary dictionary() {
    return dictionary;
  }

  /** @return every area, by area number */
  public List<Area> areas() {
    return areas;
  }

  /** @return the area numbers of commune {@code i}: its CPTS, then its department, then its region */
  public int[] areasOf(int commune) {
    return communeAreas[commune];
  }
}
