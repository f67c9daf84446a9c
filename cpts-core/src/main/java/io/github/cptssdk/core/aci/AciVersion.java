package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.internal.AciMessages;
import io.github.cptssdk.core.aci.internal.Cell;
import io.github.cptssdk.core.aci.internal.FigureResolver;
import io.github.cptssdk.core.aci.internal.RuleData;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One version of the ACI (the 2019 accord, avenant 2, ...): its validity period, size bands, missions
 * and the figures of its funding tables, each with evidence status and sources. Built from a data file
 * ({@link #parse(String)}), one per version. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AciVersion {

  private final AciVersionId id;
  private final String label;
  private final DateRange validity;
  private final LocalDate signedOn;
  private final BigDecimal advanceRatio;
  private final int contractYears;
  private final List<SizeBandRule> bands;
  private final Map<Mission, MissionRule> missions;
  private final List<Figure> figures;
  private final Map<Cell, List<Figure>> cells;
  private final Set<RuleItem> referenceOnly;
  /** The amounts resolved so far, by cell and policy: values of this immutable version, so a cache of its own. */
  private final Map<Resolved, Amount> resolved = new java.util.concurrent.ConcurrentHashMap<>();

  private record Resolved(Cell cell, FigurePolicy policy) {}
  private final Set<RuleItem> items;
  private final long advanceNumerator;
  private final long advanceDenominator;
  private final Map<VersionFeature, Optional<Mission>> features;

  private AciVersion(AciVersionId id, String label, DateRange validity, LocalDate signedOn, BigDecimal advanceRatio,
      int contractYears, List<SizeBandRule> bands, List<MissionRule> missions, List<Figure> figures) {
    this.id = Objects.requireNonNull(id, "id");
    this.label = Objects.requireNonNull(label, "label");
    this.validity = Objects.requireNonNull(validity, "validity");
    this.signedOn = Objects.requireNonNull(signedOn, "signedOn");
    this.advanceRatio = Objects.requireNonNull(advanceRatio, "advanceRatio");
    this.contractYears = contractYears;
    this.bands = List.copyOf(bands);
    Map<Mission, MissionRule> m = new EnumMap<>(Mission.class);
    missions.forEach(r -> m.put(r.mission(), r));
    this.missions = Collections.unmodifiableMap(m);
    this.figures = List.copyOf(figures);
    this.cells = RuleData.index(this.figures);
    this.referenceOnly = RuleData.referenceOnly(this.figures);
    this.items = this.figures.stream().map(Figure::item).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.advanceNumerator = advanceRatio.unscaledValue().longValueExact();
    this.advanceDenominator = BigDecimal.ONE.movePointRight(Math.max(advanceRatio.scale(), 0)).longValueExact();
    this.features = RuleData.features(this.figures);
  }

  /**
   * @param id the version id, e.g. {@code AVENANT_2}
   * @param label its title
   * @param validity the days it is in force
   * @param signedOn the day the text was signed
   * @param advanceRatio the share paid in advance, in [0, 1]
   * @param contractYears the contract duration in years
   * @param bands the size band rules
   * @param missions the mission rules
   * @param figures the lines of the data file
   * @return a version from its parts
   * @throws AciRulesException CPTS-0404 if the size bands do not split populations 0..max into the four
   *     bands exactly once each, CPTS-0403 if the advance ratio is not in [0, 1] or the contract lasts no year
   */
  public static AciVersion of(AciVersionId id, String label, DateRange validity, LocalDate signedOn, BigDecimal advanceRatio,
      int contractYears, List<SizeBandRule> bands, List<MissionRule> missions, List<Figure> figures) {
    if (advanceRatio.signum() < 0 || advanceRatio.compareTo(BigDecimal.ONE) > 0 || contractYears < 1) {
      throw new AciRulesException("CPTS-0403", AciMessages.get().english("CPTS-0403", id, "ADVANCE_RATIO/CONTRACT_YEARS"));
    }
    RuleData.checkBands(id, bands);
    return new AciVersion(id, label, validity, signedOn, advanceRatio, contractYears, bands, missions, figures);
  }

  /**
   * Reads a version from its data file text (tab-separated: item, mission, size, value, status, sources, note).
   *
   * @param text the content of a data file
   * @throws AciRulesException CPTS-0403 for a malformed line or a missing item, CPTS-0404 for bad size bands
   * @return the version
   */
  public static AciVersion parse(String text) {
    return RuleData.parse(Objects.requireNonNull(text, "text"));
  }

  /** @return the version id, e.g. {@code ACI_2019}, {@code AVENANT_2} */
  public AciVersionId id() {
    return id;
  }

  /** @return the title of the version (item LABEL of its data file), e.g. {@code ACI CPTS avenant 2} */
  public String label() {
    return label;
  }

  /** @return the days this version is in force, {@code [start, end)} */
  public DateRange validity() {
    return validity;
  }

  /** @return the day the text was signed */
  public LocalDate signedOn() {
    return signedOn;
  }

  /** @return the share paid in advance (0.75) */
  public BigDecimal advanceRatio() {
    return advanceRatio;
  }

  /**
   * @param amount a yearly amount
   * @return {@code amount x advance ratio}, rounded down to the cent
   */
  public Euros advanceOf(Euros amount) {
    return amount.times(advanceNumerator, advanceDenominator);
  }

  /**
   * @param feature a behaviour of a version
   * @return true if this version declares {@code feature} (a {@code FEATURE} line of its data file)
   */
  public boolean has(VersionFeature feature) {
    return features.containsKey(Objects.requireNonNull(feature, "feature"));
  }

  /**
   * @param feature a behaviour of a version
   * @return the mission {@code feature} is tied to in this version, or empty if none or not declared
   */
  public Optional<Mission> featureMission(VersionFeature feature) {
    return features.getOrDefault(Objects.requireNonNull(feature, "feature"), Optional.empty());
  }

  /** @return the contract duration in years (5) */
  public int contractYears() {
    return contractYears;
  }

  /** @return the size band rules, SIZE_1 to SIZE_4 */
  public List<SizeBandRule> sizeBands() {
    return bands;
  }

  /**
   * @param population inhabitants of the territory
   * @return the size band of a territory of {@code population} inhabitants in this version
   * @throws IllegalArgumentException if the population is negative
   */
  public SizeBand sizeBand(long population) {
    if (population < 0) {
      throw new IllegalArgumentException(AciMessages.get().english("CPTS-0405"));
    }
    return bands.stream().filter(b -> b.contains(population)).findFirst().orElseThrow().band();
  }

  /**
   * @param mission a mission
   * @return the rule of {@code mission}, or empty if the mission does not exist in this version
   */
  public Optional<MissionRule> mission(Mission mission) {
    return Optional.ofNullable(missions.get(mission));
  }

  /** @return the mission rules by mission (unmodifiable) */
  public Map<Mission, MissionRule> missions() {
    return missions;
  }

  /**
   * @param date the day
   * @return the core missions applicable at {@code date} (a mission may start after the version)
   */
  public Set<Mission> coreMissions(LocalDate date) {
    Set<Mission> s = EnumSet.noneOf(Mission.class);
    missions.values().stream().filter(r -> r.category() == MissionCategory.CORE && !date.isBefore(r.effectiveFrom()))
        .forEach(r -> s.add(r.mission()));
    return s;
  }

  /** @return every line of the data file */
  public List<Figure> figures() {
    return figures;
  }

  /**
   * @param item the funding item
   * @param mission the mission, or null for lines about none
   * @param size the size band, or null for lines about none
   * @return the lines about {@code item}, {@code mission} and {@code size}
   */
  public List<Figure> figures(FundingItem item, @Nullable Mission mission, @Nullable SizeBand size) {
    return cells.getOrDefault(new Cell(item, mission, size), List.of());
  }

  /**
   * @return the items the data file declares reference-only ({@code REFERENCE_ONLY} lines): figures kept for
   *     the record (e.g. the crisis-plan amounts), which no rule reads
   */
  public Set<RuleItem> referenceOnly() {
    return referenceOnly;
  }

  /**
   * @param item a funding item
   * @return true if the data file has any line about {@code item}
   */
  public boolean has(FundingItem item) {
    return items.contains(item);
  }

  /**
   * @param item the funding item
   * @param mission the mission, or null
   * @param size the size band
   * @param policy the evidence statuses accepted
   * @return the national amount of {@code item} for {@code mission} and {@code size} under {@code policy}:
   *     known with its status and sources, or unknown with the reason and the candidates left out
   */
  public Amount amount(FundingItem item, @Nullable Mission mission, SizeBand size, FigurePolicy policy) {
    Resolved key = new Resolved(new Cell(item, mission, size), Objects.requireNonNull(policy, "policy"));
    Amount a = resolved.get(key);
    return a != null ? a : resolved.computeIfAbsent(key, k -> FigureResolver.resolve(id, item, figures(item, mission, size), policy));
  }

  /** @return this version with {@code extra} figures added to its cells (the supplied table, already checked) */
  AciVersion withFigures(List<Figure> extra) {
    List<Figure> all = new java.util.ArrayList<>(figures);
    all.addAll(extra);
    return new AciVersion(id, label, validity, signedOn, advanceRatio, contractYears, bands,
        List.copyOf(missions.values()), all);
  }

  @Override
  public String toString() {
    return id + " " + validity;
  }
}
