package io.github.cptssdk.indicators.internal;

import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.PublishedValue.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-count suppression of a table of areas × indicators.
 *
 * <p>Primary: a patient-level cell is masked if its numerator, its denominator or their difference
 * (the complementary count) is under the threshold. Cells of one suppression group (same denominator,
 * complementary numerators) are masked together. Secondary: each published cell is a sum over atoms
 * (classes of communes in exactly the same areas); a masked cell must not be a linear combination of
 * published cells of its group. Published cells are admitted from the largest down, by incremental
 * Gaussian elimination (modulo the prime 2^31-1); a cell whose admission would put a masked cell in
 * the span of the admitted ones is masked instead. Areas are processed by connected component (areas
 * sharing communes). Stateless.
 */
public final class Suppressor {

  private Suppressor() {}

  /** @return for each area and indicator (by ordinal), whether and why it is masked */
  public static Suppression[][] suppress(List<List<IndicatorResult>> results, int[][] areaAtoms, int threshold) {
    int areas = results.size();
    Suppression[][] out = new Suppression[areas][Indicator.values().length];
    for (Suppression[] row : out) {
      java.util.Arrays.fill(row, Suppression.NONE);
    }
    List<int[]> components = components(areaAtoms);
    for (List<Indicator> group : groups().values()) {
      boolean[] masked = new boolean[areas];
      for (int a = 0; a < areas; a++) {
        for (Indicator i : group) {
          if (primary(results.get(a).get(i.ordinal()), threshold)) {
            out[a][i.ordinal()] = Suppression.PRIMARY;
            masked[a] = true;
          }
        }
      }
      long[] size = sizes(results, group.get(0));
      for (int[] component : components) {
        new Elimination(component, areaAtoms).run(masked, size);
      }
      for (int a = 0; a < areas; a++) {
        for (Indicator i : group) {
          if (masked[a] && out[a][i.ordinal()] == Suppression.NONE) {
            out[a][i.ordinal()] = Suppression.SECONDARY;
          }
        }
      }
    }
    return out;
  }

  /** @return true if the cell fails the primary rule */
  public static boolean primary(IndicatorResult r, int threshold) {
    if (r.indicator().measure() == Indicator.Measure.COUNT) {
      return r.numerator() < threshold;
    }
    return r.numerator() < threshold || r.denominator() < threshold || r.denominator() - r.numerator() < threshold;
  }

  /** @return the patient-level indicators by suppression group */
  public static Map<String, List<Indicator>> groups() {
    Map<String, List<Indicator>> m = new LinkedHashMap<>();
    for (Indicator i : Indicator.values()) {
      if (i.isPatientLevel()) {
        m.computeIfAbsent(i.suppressionGroup(), k -> new ArrayList<>()).add(i);
      }
    }
    return m;
  }

  private static long[] sizes(List<List<IndicatorResult>> results, Indicator i) {
    long[] s = new long[results.size()];
    for (int a = 0; a < s.length; a++) {
      IndicatorResult r = results.get(a).get(i.ordinal());
      s[a] = i.measure() == Indicator.Measure.RATE ? r.denominator() : r.numerator();
    }
    return s;
  }

  /** @return the connected components of areas (sharing at least one atom), each sorted */
  static List<int[]> components(int[][] areaAtoms) {
    int n = areaAtoms.length;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<Integer, Integer> firstAreaOfAtom = new java.util.HashMap<>();
    for (int a = 0; a < n; a++) {
      for (int atom : areaAtoms[a]) {
        Integer other = firstAreaOfAtom.putIfAbsent(atom, a);
        if (other != null) {
          parent[find(parent, a)] = find(parent, other);
        }
      }
    }
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int a = 0; a < n; a++) {
      byRoot.computeIfAbsent(find(parent, a), k -> new ArrayList<>()).add(a);
    }
    List<int[]> out = new ArrayList<>();
    byRoot.values().forEach(l -> out.add(l.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Incremental elimination over one component. */
  private static final class Elimination {
    private static final long P = 2147483647L;
    private final int[] areas;
    private final Map<Integer, Integer> localAtom = new java.util.HashMap<>();
    private final int[][] areaAtoms;
    private final List<long[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();
    private final List<long[]> residuals = new ArrayList<>();

    Elimination(int[] areas, int[][] areaAtoms) {
      this.areas = areas;
      this.areaAtoms = areaAtoms;
      for (int a : areas) {
        for (int atom : areaAtoms[a]) {
          localAtom.putIfAbsent(atom, localAtom.size());
        }
      }
    }

    void run(boolean[] masked, long[] size) {
      List<Integer> published = new ArrayList<>();
      for (int a : areas) {
        if (masked[a]) {
          long[] v = vector(a);
          if (!isZero(v)) {
            residuals.add(v);
          }
        } else {
          published.add(a);
        }
      }
      if (residuals.isEmpty()) {
        return;
      }
      published.sort(Comparator.comparingLong((Integer a) -> -size[a]).thenComparing(a -> a));
      for (int a : published) {
        admit(a, masked);
      }
    }

    private void admit(int area, boolean[] masked) {
      long[] u = reduce(vector(area));
      int pivot = firstNonZero(u);
      if (pivot < 0) {
        return;
      }
      scale(u, inverse(u[pivot]));
      for (long[] r : residuals) {
        if (r[pivot] != 0 && isZero(subtract(r.clone(), r[pivot], u))) {
          masked[area] = true;
          residuals.add(u);
          return;
        }
      }
      for (long[] r : residuals) {
        if (r[pivot] != 0) {
          subtract(r, r[pivot], u);
        }
      }
      basis.add(u);
      pivots.add(pivot);
    }

    private long[] vector(int area) {
      long[] v = new long[localAtom.size()];
      for (int atom : areaAtoms[area]) {
        v[localAtom.get(atom)] = 1;
      }
      return v;
    }

    private long[] reduce(long[] v) {
      for (int k = 0; k < basis.size(); k++) {
        long f = v[pivots.get(k)];
        if (f != 0) {
          subtract(v, f, basis.get(k));
        }
      }
      return v;
    }

    private static long[] subtract(long[] v, long factor, long[] u) {
      for (int j = 0; j < v.length; j++) {
        if (u[j] != 0) {
          v[j] = Math.floorMod(v[j] - factor * u[j] % P, P);
        }
      }
      return v;
    }

    private static void scale(long[] v, long factor) {
      for (int j = 0; j < v.length; j++) {
        v[j] = v[j] * factor % P;
      }
    }

    private static long inverse(long x) {
      return java.math.BigInteger.valueOf(x).modInverse(java.math.BigInteger.valueOf(P)).longValue();
    }

    private static int firstNonZero(long[] v) {
      for (int j = 0; j < v.length; j++) {
        if (v[j] != 0) {
          return j;
        }
      }
      return -1;
    }

    private static boolean isZero(long[] v) {
      return firstNonZero(v) < 0;
    }
  }
}
