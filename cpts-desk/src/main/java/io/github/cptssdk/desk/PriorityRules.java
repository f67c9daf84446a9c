package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The priority of requests, as data with its source: an ordered list of fragilities, the first the most
 * important. A request with the first fragility comes before every request without it, whatever their other
 * flags; among equals, the second decides, and so on; ties go to the longest waiting (the earliest received),
 * then to the request id. Each CPTS may give its own rules ({@link #of}). Immutable.
 *
 * @param source where the rules come from
 * @param order the fragilities by decreasing priority (each at most once)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PriorityRules(String source, List<Fragility> order) {

  /** The source of {@link #cnam()}. */
  public static final String CNAM_SOURCE = "CNAM priority for patients without a médecin traitant: ALD first, then "
      + "aged 70 and over, then C2S; ties by waiting time (cpts-sdk issue 16; the CNAM 2023 plan for ALD patients "
      + "without a médecin traitant, ../shared/domain/registries-sas-spark.md §4.1; the contract lines on ALD, 70+ "
      + "and C2S patients without a médecin traitant, ../shared/domain/aci-cpts.md §5.2)";

  private static final PriorityRules CNAM = new PriorityRules(CNAM_SOURCE,
      List.of(Fragility.ALD, Fragility.AGED_70_PLUS, Fragility.C2S));

  /**
   * @param source where the rules come from, not blank
   * @param order the fragilities by decreasing priority (copied)
   * @throws DeskException CPTS-1307 for a blank source or a repeated fragility
   */
  public PriorityRules {
    Objects.requireNonNull(source, "source");
    order = List.copyOf(order);
    if (source.isBlank()) {
      throw new DeskException("CPTS-1307", "blank source");
    }
    if (EnumSet.copyOf(order.isEmpty() ? EnumSet.noneOf(Fragility.class) : order).size() != order.size()) {
      throw new DeskException("CPTS-1307", "repeated fragility");
    }
  }

  /** @return the CNAM priority: ALD, then 70 and over, then C2S ({@link #CNAM_SOURCE}) */
  public static PriorityRules cnam() {
    return CNAM;
  }

  /**
   * @param source where the rules come from
   * @param order the fragilities by decreasing priority
   * @return the rules of a CPTS
   * @throws DeskException CPTS-1307 for a blank source or a repeated fragility
   */
  public static PriorityRules of(String source, Fragility... order) {
    return new PriorityRules(source, List.of(order));
  }

  /**
   * The rank of a set of fragilities: higher is more urgent. Comparing ranks is comparing the sets
   * lexicographically in {@link #order()}.
   *
   * @param fragilities the fragilities of a request on the reference date
   * @return a rank from 0 (none of the prioritised fragilities)
   */
  public int rank(Set<Fragility> fragilities) {
    int rank = 0;
    for (Fragility f : order) {
      rank = rank << 1 | (fragilities.contains(f) ? 1 : 0);
    }
    return rank;
  }

  /**
   * @param fragilities the fragilities of a request
   * @return the prioritised fragilities it has, in priority order
   */
  public List<Fragility> reasons(Set<Fragility> fragilities) {
    return order.stream().filter(fragilities::contains).toList();
  }
}
