package io.github.cptssdk.desk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.time.DateRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * How many new patients (as médecin traitant) one GP takes at one practice site in a matching period, with
 * the optional restrictions: the age bands accepted and whether home visits are made. A plain value: built in
 * code, read from a CSV (docs/desk.md) or, later, from a registry. {@link #toString()} names no RPPS. Immutable.
 *
 * @param gp the GP
 * @param site the practice site id, chosen by the CPTS (1 to 32 letters, digits, hyphens or underscores)
 * @param commune the commune of the site
 * @param newPatients new patients accepted per matching period (0 to 100 000)
 * @param ageBands the age bands accepted (not empty)
 * @param homeVisits whether the GP makes home visits
 * @param validity when this capacity applies (half-open)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GpCapacity(RppsNumber gp, String site, CommuneCode commune, int newPatients, Set<AgeBand> ageBands,
    boolean homeVisits, DateRange validity) {

  /** The most new patients of one capacity. */
  public static final int MAX_NEW_PATIENTS = 100_000;

  private static final Pattern SITE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  /**
   * @param gp the GP
   * @param site the site id
   * @param commune the commune
   * @param newPatients new patients per period
   * @param ageBands the bands accepted (copied)
   * @param homeVisits home visits made
   * @param validity when it applies
   * @throws DeskException CPTS-1305 for a number out of range, CPTS-1311 for a bad site id, CPTS-1312 for no
   *     age band
   */
  public GpCapacity {
    Objects.requireNonNull(gp, "gp");
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(validity, "validity");
    if (!isValidSite(Objects.requireNonNull(site, "site"))) {
      throw new DeskException("CPTS-1311");
    }
    if (newPatients < 0 || newPatients > MAX_NEW_PATIENTS) {
      throw new DeskException("CPTS-1305");
    }
    if (ageBands.isEmpty()) {
      throw new DeskException("CPTS-1312");
    }
    ageBands = Collections.unmodifiableSet(EnumSet.copyOf(ageBands));
  }

  /**
   * @param site a site id
   * @return true if it is 1 to 32 letters, digits, hyphens or underscores
   */
  public static boolean isValidSite(CharSequence site) {
    return SITE.matcher(site).matches();
  }

  /**
   * A capacity without restriction, always valid, at the site named after the commune.
   *
   * @param gp the GP
   * @param commune the commune of the practice
   * @param newPatients new patients per period
   * @return the capacity
   * @throws DeskException CPTS-1305 for a number out of range
   */
  public static GpCapacity of(RppsNumber gp, CommuneCode commune, int newPatients) {
    return new GpCapacity(gp, commune.value(), commune, newPatients, EnumSet.allOf(AgeBand.class), true, DateRange.ALL);
  }

  /**
   * The capacities of a list of GPs given as (RPPS, practice commune) entries, such as the general practitioners
   * of the registry readers ({@code Supply.generalPractitioners(...)} of cpts-registries, whose
   * {@code GeneralPractitioner::rpps} and {@code ::practiceCommune} are the two accessors): one capacity per
   * distinct GP with a commune in the territory, without restriction, {@code newPatients} places in
   * {@code validity}. The places are the GP's, not a site's: a GP listed in several communes of the territory gets
   * one capacity, at the first of them in code order (a registry does not say which site takes new patients);
   * entries outside the territory are left out. Sorted by RPPS.
   *
   * @param <T> the type of the entries
   * @param gps the entries, one per GP and commune (duplicates allowed)
   * @param rpps the RPPS number of an entry
   * @param commune the practice commune of an entry
   * @param territory the territory of the CPTS (as {@link DeskMatcher} tests it)
   * @param newPatients new patients per GP and period
   * @param validity when the places apply
   * @return at most one capacity per GP, each in the territory
   * @throws DeskException CPTS-1305 for a number of new patients out of range
   */
  public static <T> List<GpCapacity> ofPractitioners(Collection<? extends T> gps,
      Function<? super T, RppsNumber> rpps, Function<? super T, CommuneCode> commune, Territory territory,
      int newPatients, DateRange validity) {
    Objects.requireNonNull(validity, "validity");
    if (newPatients < 0 || newPatients > MAX_NEW_PATIENTS) {
      throw new DeskException("CPTS-1305");
    }
    Map<String, GpCapacity> first = new TreeMap<>();
    for (T gp : gps) {
      RppsNumber id = rpps.apply(gp);
      CommuneCode at = commune.apply(gp);
      if (territory.contains(at)) {
        first.merge(id.value(), of(id, at, newPatients).withValidity(validity),
            (a, b) -> a.commune().value().compareTo(b.commune().value()) <= 0 ? a : b);
      }
    }
    return List.copyOf(first.values());
  }

  /**
   * @param value new patients per period
   * @return a copy with that number
   * @throws DeskException CPTS-1305 for a number out of range
   */
  public GpCapacity withNewPatients(int value) {
    return new GpCapacity(gp, site, commune, value, ageBands, homeVisits, validity);
  }

  /**
   * @param value the age bands accepted
   * @return a copy with that restriction
   * @throws DeskException CPTS-1312 if empty
   */
  public GpCapacity withAgeBands(Set<AgeBand> value) {
    return new GpCapacity(gp, site, commune, newPatients, value, homeVisits, validity);
  }

  /**
   * @param value whether home visits are made
   * @return a copy with that restriction
   */
  public GpCapacity withHomeVisits(boolean value) {
    return new GpCapacity(gp, site, commune, newPatients, ageBands, value, validity);
  }

  /**
   * @param value when the capacity applies
   * @return a copy with that validity
   */
  public GpCapacity withValidity(DateRange value) {
    return new GpCapacity(gp, site, commune, newPatients, ageBands, homeVisits, value);
  }

  /**
   * @param band the age band of a request
   * @param homeVisit whether the request needs home visits
   * @return true if this GP's restrictions allow the request
   */
  public boolean accepts(AgeBand band, boolean homeVisit) {
    return ageBands.contains(band) && (homeVisits || !homeVisit);
  }

  /** @return no RPPS number: the site and the number of places only */
  @Override
  public String toString() {
    return "GpCapacity[site=" + site + ", newPatients=" + newPatients + "]";
  }
}
