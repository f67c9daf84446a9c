package io.github.cptssdk.core.territory;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.CommuneCode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The territory of a CPTS as the set of INSEE codes of the communes it covers (sorted, no duplicates).
 *
 * <p>This value holds codes only. Population, departments, regions and unknown codes are answered by
 * a {@link CommuneReferential}: {@code referential.profile(territory)}. Build one from an EPCI or a
 * department with {@code referential.epciTerritory(code)} / {@code referential.departmentTerritory(code)}.
 *
 * @param communes the commune codes
 */
@API(status = STABLE, since = "0.1")
public record Territory(SortedSet<CommuneCode> communes) {

  private static final Territory EMPTY = new Territory(new TreeSet<>());

  /**
   * @param communes the commune codes (copied and sorted)
   * @throws NullPointerException if {@code communes} or a code is null
   */
  public Territory {
    Objects.requireNonNull(communes, "communes");
    communes = Collections.unmodifiableSortedSet(new TreeSet<>(communes));
  }

  /** @return the territory with no commune */
  public static Territory empty() {
    return EMPTY;
  }

  /**
   * @param communes commune codes, duplicates ignored
   * @return the territory made of them
   */
  public static Territory of(Collection<CommuneCode> communes) {
    return new Territory(new TreeSet<>(communes));
  }

  /**
   * @param communes commune codes, duplicates ignored
   * @return the territory made of them
   */
  public static Territory of(CommuneCode... communes) {
    return new Territory(new TreeSet<>(Arrays.asList(communes)));
  }

  /**
   * @param codes INSEE commune codes, e.g. {@code "34301"}
   * @return the territory made of them
   * @throws io.github.cptssdk.core.id.InvalidIdentifierException if a code is malformed
   */
  public static Territory parse(String... codes) {
    TreeSet<CommuneCode> set = new TreeSet<>();
    for (String c : codes) {
      set.add(CommuneCode.parse(c));
    }
    return new Territory(set);
  }

  /** @return true if the territory has no commune */
  public boolean isEmpty() {
    return communes.isEmpty();
  }

  /** @return the number of commune codes */
  public int size() {
    return communes.size();
  }

  /**
   * @param commune a commune code
   * @return true if the commune is in the territory
   */
  public boolean contains(CommuneCode commune) {
    return communes.contains(commune);
  }

  /**
   * @param other another territory
   * @return the communes of both territories
   */
  public Territory union(Territory other) {
    TreeSet<CommuneCode> set = new TreeSet<>(communes);
    set.addAll(other.communes);
    return new Territory(set);
  }

  /**
   * @param other another territory
   * @return the communes in both territories
   */
  public Territory intersection(Territory other) {
    TreeSet<CommuneCode> set = new TreeSet<>(communes);
    set.retainAll(other.communes);
    return new Territory(set);
  }

  /**
   * @param other another territory
   * @return true if a commune is in both territories
   */
  public boolean overlaps(Territory other) {
    Territory small = size() <= other.size() ? this : other;
    Territory large = small == this ? other : this;
    return small.communes.stream().anyMatch(large.communes::contains);
  }
}
