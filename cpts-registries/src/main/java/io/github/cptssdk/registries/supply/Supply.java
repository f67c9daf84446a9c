package io.github.cptssdk.registries.supply;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.registries.annuaire.Activity;
import io.github.cptssdk.registries.annuaire.AnnuaireReader;
import io.github.cptssdk.registries.finess.FinessSite;
import io.github.cptssdk.registries.internal.Labels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Computes the {@link SupplyOfCare} of a territory from activities and FINESS sites, in one pass, in the
 * order they come. A professional counts once per profession whatever his number of rows, in every
 * territory where he practises; the result does not depend on the order of the rows nor on repeated rows.
 * Replacement activity (genre GENR02/GENR03) is excluded unless {@link #withReplacements(boolean)}; closed
 * FINESS sites are excluded unless {@link #withClosedSites(boolean)}. Memory: one entry per professional of
 * the territory. {@link #addActivity} and {@link #addSite} may be called from several threads at once, so
 * that a reader can feed it on its own threads ({@link AnnuaireReader#readUnordered}, the fast path for a
 * large file); {@link #result()} once they are done. One instance per computation.
 *
 * <pre>{@code
 * Supply supply = Supply.of(referential, territory);
 * AnnuaireReader.of(referential).readUnordered(file, supply::addActivity);
 * SupplyOfCare result = supply.result();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Supply {

  private static final int LIBERAL = 1;
  private static final int SALARIED = 2;
  private static final int GP = 4;
  private static final long RPPS_BIT = 1L << 62;

  private final CommuneReferential referential;
  private final Territory territory;
  private final boolean replacements;
  private final boolean closedSites;
  /** The communes of the territory, hashed (the territory's sorted set costs a comparison of codes per level). */
  private final Set<CommuneCode> covered;
  /** The communes seen on the territory (a commune off it is indexed -1). */
  private final Index<CommuneCode> communes = new Index<>();
  /** The profession codes seen. */
  private final Index<String> professions = new Index<>();
  /** (professional, profession): LIBERAL, SALARIED, GP over every activity of the territory. */
  private final FlagTable persons = new FlagTable();
  /** (professional, profession << 32 | commune): LIBERAL, SALARIED over the activities in that commune. */
  private final FlagTable places = new FlagTable();
  private final ConcurrentMap<String, String> sites = new ConcurrentHashMap<>();

  private Supply(CommuneReferential referential, Territory territory, boolean replacements, boolean closedSites) {
    this.referential = Objects.requireNonNull(referential, "referential");
    this.territory = Objects.requireNonNull(territory, "territory");
    this.replacements = replacements;
    this.closedSites = closedSites;
    this.covered = new HashSet<>(territory.communes());
  }

  /**
   * @param referential gives the population of the territory
   * @param territory the territory (a city's arrondissements match the city, and the reverse does not)
   * @return an empty computation, replacements and closed sites excluded
   */
  public static Supply of(CommuneReferential referential, Territory territory) {
    return new Supply(referential, territory, false, false);
  }

  /**
   * @param value true to count replacement-only activity
   * @return an empty computation with this choice
   */
  public Supply withReplacements(boolean value) {
    return new Supply(referential, territory, value, closedSites);
  }

  /**
   * @param value true to count closed FINESS sites
   * @return an empty computation with this choice
   */
  public Supply withClosedSites(boolean value) {
    return new Supply(referential, territory, replacements, value);
  }

  /**
   * The general practitioners of a territory with their practice communes, read from an activity file:
   * the call for tools that need the GPs (RPPS, commune) of a territory.
   *
   * @param reader the Annuaire reader (its policy, its SavoirFaire join)
   * @param file the activity file
   * @param referential the referential
   * @param territory the territory
   * @return each general practitioner with each commune of the territory where he practises, sorted
   * @throws io.github.cptssdk.registries.RegistryException as {@link AnnuaireReader#read(Path, java.util.function.Consumer)}
   */
  public static List<GeneralPractitioner> generalPractitioners(AnnuaireReader reader, Path file,
      CommuneReferential referential, Territory territory) {
    Supply s = of(referential, territory);
    reader.readUnordered(file, s::addActivity);
    return s.result().generalPractitionerSites();
  }

  /**
   * @param commune a commune code
   * @return true if the commune, or the city of an arrondissement, is in the territory
   */
  boolean covers(@Nullable CommuneCode commune) {
    if (commune == null) {
      return false;
    }
    CommuneCode city = commune.parentCityCode();
    return covered.contains(commune) || (city != null && covered.contains(city));
  }

  /**
   * Counts an activity if it is on the territory. Thread-safe.
   *
   * @param a an activity
   */
  public void addActivity(Activity a) {
    if (!replacements && a.isReplacement()) {
      return;
    }
    int commune = commune(a.commune());
    if (commune < 0) {
      return;
    }
    long person = person(a);
    int profession = profession(a.profession());
    int flags = (a.isLiberal() ? LIBERAL : 0) | (a.isSalaried() ? SALARIED : 0);
    boolean gp = a.isGeneralPractitioner() && a.rpps().isPresent();
    persons.or(person, profession, flags | (gp ? GP : 0));
    places.or(person, (long) profession << 32 | commune, flags);
  }

  /** @return the index of a commune of the territory, -1 if not on it (or unplaced) */
  private int commune(@Nullable CommuneCode c) {
    return c == null ? -1 : communes.of(c, this::covers);
  }

  private int profession(String code) {
    return professions.of(code, p -> true);
  }

  /**
   * @return the professional as a number: an RPPS (11 digits) with bit 62 set, or an ADELI (9 characters,
   *     digits and the letters of Corsica's departments) in 6 bits per character
   */
  static long person(Activity a) {
    String v = a.professional().value();
    if (a.professional() instanceof RppsNumber) {
      return RPPS_BIT | Long.parseLong(v);
    }
    long code = 0;
    for (int i = 0; i < v.length(); i++) {
      int c = v.charAt(i) - '/';
      if (c <= 0 || c >= 64 || v.length() > 10) {
        throw new IllegalStateException("an ADELI number is 9 digits or capital letters");
      }
      code = code << 6 | c;
    }
    return code;
  }

  private static RppsNumber rpps(long person) {
    String digits = Long.toString(person & ~RPPS_BIT);
    return RppsNumber.parse("0".repeat(11 - digits.length()) + digits);
  }

  /**
   * Counts a FINESS site if it is on the territory (and open, unless closed sites are counted). Thread-safe.
   *
   * @param site a site
   */
  public void addSite(FinessSite site) {
    if (covers(site.commune()) && (closedSites || site.active())) {
      sites.put(site.finess().value(), site.category());
    }
  }

  /**
   * @return the supply of care counted so far (call it once the adds, on whatever threads, are done)
   */
  public SupplyOfCare result() {
    long population = referential.profile(territory).population();
    int np = professions.size();
    long[][] byProfession = new long[np][3];
    long[] gpCount = {0};
    persons.forEach((person, profession, flags) -> {
      long[] c = byProfession[(int) profession];
      c[0]++;
      c[1] += (flags & LIBERAL) != 0 ? 1 : 0;
      c[2] += (flags & SALARIED) != 0 ? 1 : 0;
      gpCount[0] += (flags & GP) != 0 ? 1 : 0;
    });
    long[] keys = new long[(int) places.size()];
    int[] filled = {0};
    List<GeneralPractitioner> gpSites = new ArrayList<>();
    places.forEach((person, key, flags) -> {
      int profession = (int) (key >>> 32);
      int commune = (int) key;
      keys[filled[0]++] = (long) commune << 32 | profession;
      if (professions.get(profession).equals(Activity.PHYSICIAN) && (persons.get(person, profession) & GP) != 0) {
        gpSites.add(new GeneralPractitioner(rpps(person), communes.get(commune), (flags & LIBERAL) != 0));
      }
    });
    Arrays.sort(keys);
    Map<CommuneCode, Map<String, Long>> communeCounts = new HashMap<>();
    for (int i = 0; i < keys.length;) {
      int j = i;
      while (j < keys.length && keys[j] == keys[i]) {
        j++;
      }
      communeCounts.computeIfAbsent(communes.get((int) (keys[i] >>> 32)), c -> new HashMap<>())
          .put(professions.get((int) keys[i]), (long) (j - i));
      i = j;
    }
    Map<String, long[]> professionCounts = new TreeMap<>();
    for (int i = 0; i < np; i++) {
      if (byProfession[i][0] > 0) {
        professionCounts.put(professions.get(i), byProfession[i]);
      }
    }
    List<ProfessionSupply> professions = new ArrayList<>();
    professionCounts.forEach((code, c) -> professions.add(new ProfessionSupply(code, Labels.profession(code), c[0], c[1], c[2],
        SupplyOfCare.per10000(c[0], population))));
    Map<String, Long> byCategory = new TreeMap<>();
    sites.values().forEach(cat -> byCategory.merge(cat, 1L, Long::sum));
    List<StructureCount> structures = new ArrayList<>();
    byCategory.forEach((cat, n) -> structures.add(new StructureCount(cat, Labels.category(cat), n)));
    gpSites.sort((x, y) -> {
      int r = x.rpps().value().compareTo(y.rpps().value());
      return r != 0 ? r : x.practiceCommune().compareTo(y.practiceCommune());
    });
    return new SupplyOfCare(territory, population, gpCount[0], SupplyOfCare.per10000(gpCount[0], population), professions,
        structures, communeCounts, gpSites);
  }

  /**
   * Small indices of the values seen (communes, professions), given on first sight and shared by the reader's
   * threads: a lock-free lookup, a lock only to add a value.
   */
  private static final class Index<K> {
    private final ConcurrentMap<K, Integer> index = new ConcurrentHashMap<>();
    private final List<K> values = new ArrayList<>();

    /** @return the index of {@code key}; on first sight the next index if {@code admit} accepts it, else -1 */
    int of(K key, Predicate<K> admit) {
      Integer i = index.get(key);
      if (i != null) {
        return i;
      }
      synchronized (values) {
        i = index.get(key);
        if (i == null) {
          i = admit.test(key) ? values.size() : -1;
          if (i >= 0) {
            values.add(key);
          }
          index.put(key, i);
        }
        return i;
      }
    }

    /** @return the value of an index (once the adds are done) */
    K get(int i) {
      return values.get(i);
    }

    /** @return the number of values indexed (once the adds are done) */
    int size() {
      return values.size();
    }
  }
}
