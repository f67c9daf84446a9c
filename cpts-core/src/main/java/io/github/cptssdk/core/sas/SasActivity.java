package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The SAS activity of a set of appointments, per professional: appointments given (booked, fulfilled or
 * no-show: not cancelled) and honoured (fulfilled), the figures of the contract lines "rendez-vous SAS
 * donnés et honorés" and "professionnels participant au SAS" (a professional takes part when given one
 * appointment at least). Raw counts: mask them with the caller's disclosure threshold before
 * publishing. Immutable.
 *
 * @param byProfessional the counts per professional, ordered by identifier
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SasActivity(Map<SasProfessionalId, Counts> byProfessional) {

  /**
   * Counts of one professional or of a whole set.
   *
   * @param given appointments given (not cancelled)
   * @param honoured appointments honoured (fulfilled), at most {@code given}
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Counts(long given, long honoured) {

    /**
   * @throws IllegalArgumentException if a count is negative or honoured exceeds given
   *
   * @param given the given
   * @param honoured the honoured
   */
    public Counts {
      if (given < 0 || honoured < 0 || honoured > given) {
        throw new IllegalArgumentException("counts: 0 <= honoured <= given");
      }
    }

    Counts plus(SasAppointment a) {
      return new Counts(given + (a.given() ? 1 : 0), honoured + (a.honoured() ? 1 : 0));
    }

    /**
     * @param other other counts
     * @return the sums
     */
    public Counts plus(Counts other) {
      return new Counts(given + other.given, honoured + other.honoured);
    }
  }

  /**
   * Copies the map, ordered by identifier.
   *
   * @param byProfessional the byProfessional
   */
  public SasActivity {
    byProfessional = java.util.Collections.unmodifiableMap(sorted(byProfessional));
  }

  private static Map<SasProfessionalId, Counts> sorted(Map<SasProfessionalId, Counts> map) {
    Map<SasProfessionalId, Counts> copy = new TreeMap<>(java.util.Comparator.comparing(SasProfessionalId::toString));
    copy.putAll(Objects.requireNonNull(map, "byProfessional"));
    return copy;
  }

  /**
   * @param appointments appointments, in any order
   * @return their activity per professional
   */
  public static SasActivity of(Collection<SasAppointment> appointments) {
    Map<SasProfessionalId, Counts> map = new TreeMap<>(java.util.Comparator.comparing(SasProfessionalId::toString));
    for (SasAppointment a : appointments) {
      map.merge(a.professional(), new Counts(0, 0).plus(a), Counts::plus);
    }
    return new SasActivity(map);
  }

  /** @return the sums over every professional */
  public Counts total() {
    return byProfessional.values().stream().reduce(new Counts(0, 0), Counts::plus);
  }

  /** @return the professionals given at least one appointment */
  public long participants() {
    return byProfessional.values().stream().filter(c -> c.given() > 0).count();
  }
}
