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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Computes the {@link SupplyOfCare} of a territory from activities and FINESS sites, in one pass, in the
 * order they come. A professional counts once per profession whatever his number of rows, in every
 * territory where he practises; the result does not depend on the order of the rows nor on repeated rows.
 * Replacement activity (genre GENR02/GENR03) is excluded unless {@link #withReplacements(boolean)}; closed
 * FINESS sites are excluded unless {@link #withClosedSites(boolean)}. Memory: one entry per professional of
 * the territory. Not thread-safe: one instance per computation.
 *
 * <pre>{@code
 * Supply supply = Supply.of(referential, territory);
 * AnnuaireReader.of(referential).read(file, supply::addActivity);
 * SupplyOfCare result = supply.result();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Supply {

  private static final int LIBERAL = 1;
  private static final int SALARIED = 2;

  private final CommuneReferential referential;
  private final Territory territory;
  private final boolean replacements;
  private final boolean closedSites;
  /** key: national id + '|' + profession; value: flags by commune. */
  private final Map<String, Map<CommuneCode, Integer>> persons = new HashMap<>();
  private final Set<String> gps = new HashSet<>();
  private final Map<String, String> sites = new HashMap<>();

  private Supply(CommuneReferential referential, Territory territory, boolean replacements, boolean closedSites) {
    this.referential = Objects.requireNonNull(referential, "referential");
    this.territory = Objects.requireNonNull(territory, "territory");
    this.replacements = replacements;
    this.closedSites = closedSites;
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
    reader.read(file, s::addActivity);
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
    return territory.contains(commune) || (city != null && territory.contains(city));
  }

  /**
   * Counts an activity if it is on the territory.
   *
   * @param a an activity
   */
  public void addActivity(Activity a) {
    if (!covers(a.commune()) || (!replacements && a.isReplacement())) {
      return;
    }
    String key = a.nationalId() + '|' + a.profession();
    int flags = (a.isLiberal() ? LIBERAL : 0) | (a.isSalaried() ? SALARIED : 0);
    persons.computeIfAbsent(key, k -> new HashMap<>(2)).merge(a.commune(), flags, (x, y) -> x | y);
    if (a.isGeneralPractitioner() && a.rpps().isPresent()) {
      gps.add(key);
    }
  }

  /**
   * Counts a FINESS site if it is on the territory (and open, unless closed sites are counted).
   *
   * @param site a site
   */
  public void addSite(FinessSite site) {
    if (covers(site.commune()) && (closedSites || site.active())) {
      sites.put(site.finess().value(), site.category());
    }
  }

  /** @return the supply of care counted so far */
  public SupplyOfCare result() {
    long population = referential.profile(territory).population();
    Map<String, long[]> byProfession = new TreeMap<>();
    Map<CommuneCode, Map<String, Long>> perCommune = new TreeMap<>();
    List<GeneralPractitioner> gpSites = new ArrayList<>();
    persons.forEach((key, communes) -> {
      String profession = key.substring(key.indexOf('|') + 1);
      int all = communes.values().stream().reduce(0, (x, y) -> x | y);
      long[] c = byProfession.computeIfAbsent(profession, p -> new long[3]);
      c[0]++;
      c[1] += (all & LIBERAL) != 0 ? 1 : 0;
      c[2] += (all & SALARIED) != 0 ? 1 : 0;
      communes.forEach((commune, f) -> perCommune.computeIfAbsent(commune, x -> new TreeMap<>()).merge(profession, 1L, Long::sum));
      if (gps.contains(key)) {
        RppsNumber rpps = RppsNumber.parse(key.substring(1, key.indexOf('|')));
        communes.forEach((commune, f) -> gpSites.add(new GeneralPractitioner(rpps, commune, (f & LIBERAL) != 0)));
      }
    });
    List<ProfessionSupply> professions = new ArrayList<>();
    byProfession.forEach((code, c) -> professions.add(new ProfessionSupply(code, Labels.profession(code), c[0], c[1], c[2],
        SupplyOfCare.per10000(c[0], population))));
    Map<String, Long> byCategory = new TreeMap<>();
    sites.values().forEach(cat -> byCategory.merge(cat, 1L, Long::sum));
    List<StructureCount> structures = new ArrayList<>();
    byCategory.forEach((cat, n) -> structures.add(new StructureCount(cat, Labels.category(cat), n)));
    gpSites.sort((x, y) -> {
      int r = x.rpps().value().compareTo(y.rpps().value());
      return r != 0 ? r : x.practiceCommune().compareTo(y.practiceCommune());
    });
    return new SupplyOfCare(territory, population, gps.size(), SupplyOfCare.per10000(gps.size(), population), professions,
        structures, perCommune, gpSites);
  }
}
