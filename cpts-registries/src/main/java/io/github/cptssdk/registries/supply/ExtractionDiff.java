package io.github.cptssdk.registries.supply;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.registries.annuaire.Activity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The difference between two Annuaire extractions for a territory: who arrived, who left (to be deleted
 * from any republished directory, section 1.5 item 6), and whose communes or modes changed. Feed the
 * older extraction with {@link #addBefore}, the newer with {@link #addAfter}, then {@link #changes()}.
 * Replacement activity is ignored. Not thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExtractionDiff {

  /**
   * What changed for one professional (by {@code Identification nationale PP}).
   *
   * @param nationalId the national identifier (type digit + RPPS or ADELI)
   * @param kind arrival, departure or change
   * @param communesBefore the communes (as published) of the territory before
   * @param communesAfter the communes after
   * @param modesBefore the modes d'exercice (TRE_R23) before
   * @param modesAfter the modes after
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Change(String nationalId, Kind kind, SortedSet<String> communesBefore, SortedSet<String> communesAfter,
      SortedSet<String> modesBefore, SortedSet<String> modesAfter) {

    /**
     * Copies the sets.
     *
     * @param nationalId the id
     * @param kind the kind
     * @param communesBefore communes before
     * @param communesAfter communes after
     * @param modesBefore modes before
     * @param modesAfter modes after
     */
    public Change {
      Objects.requireNonNull(nationalId, "nationalId");
      Objects.requireNonNull(kind, "kind");
      communesBefore = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(communesBefore));
      communesAfter = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(communesAfter));
      modesBefore = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(modesBefore));
      modesAfter = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(modesAfter));
    }
  }

  /** The kind of a change. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** In the newer extraction only. */
    ARRIVAL,
    /** In the older extraction only. */
    DEPARTURE,
    /** In both, with other communes or modes. */
    CHANGE
  }

  private final Supply scope;
  private final Map<String, List<SortedSet<String>>> state = new TreeMap<>();

  private ExtractionDiff(Supply scope) {
    this.scope = scope;
  }

  /**
   * @param referential the referential
   * @param territory the territory
   * @return an empty comparison
   */
  public static ExtractionDiff of(CommuneReferential referential, Territory territory) {
    return new ExtractionDiff(Supply.of(referential, territory));
  }

  /** @param a an activity of the older extraction */
  public void addBefore(Activity a) {
    add(a, 0);
  }

  /** @param a an activity of the newer extraction */
  public void addAfter(Activity a) {
    add(a, 2);
  }

  private void add(Activity a, int side) {
    if (!scope.covers(a.commune()) || a.isReplacement()) {
      return;
    }
    List<SortedSet<String>> s = state.computeIfAbsent(a.nationalId(), k -> List.of(
        new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>()));
    s.get(side).add(Objects.requireNonNull(a.commune()).value());
    s.get(side + 1).add(a.mode());
  }

  /** @return the arrivals, departures and changes, sorted by national identifier */
  public List<Change> changes() {
    List<Change> out = new ArrayList<>();
    state.forEach((id, s) -> {
      Kind kind = s.get(0).isEmpty() ? Kind.ARRIVAL : s.get(2).isEmpty() ? Kind.DEPARTURE
          : s.get(0).equals(s.get(2)) && s.get(1).equals(s.get(3)) ? null : Kind.CHANGE;
      if (kind != null) {
        out.add(new Change(id, kind, s.get(0), s.get(2), s.get(1), s.get(3)));
      }
    });
    return out;
  }
}
