package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.indicators.PublishedValue.Suppression;
import io.github.cptssdk.indicators.internal.Suppressor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The indicators of every area (each CPTS, then each department and region) for a reference year.
 * Immutable and thread-safe.
 *
 * <p>What may be shown or sent is {@link #published()}: small counts are masked with secondary
 * suppression ({@link SuppressionPolicy}). The raw values are reachable only through
 * {@link #unmasked()}, an explicit opt-in for authorised users of the data (CPAM, ARS).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IndicatorReport {

  private final int year;
  private final List<Area> areas;
  private final List<List<IndicatorResult>> results;
  private final int[][] areaAtoms;
  private final SuppressionPolicy policy;
  private final Map<Area, List<PublishedValue>> published;

  IndicatorReport(int year, List<Area> areas, List<List<IndicatorResult>> results, int[][] areaAtoms,
      SuppressionPolicy policy) {
    this.year = year;
    this.areas = List.copyOf(areas);
    this.results = List.copyOf(results);
    this.areaAtoms = areaAtoms;
    this.policy = Objects.requireNonNull(policy, "policy");
    this.published = publish();
  }

  private Map<Area, List<PublishedValue>> publish() {
    Suppression[][] s = Suppressor.suppress(results, areaAtoms, policy.threshold());
    Map<Area, List<PublishedValue>> m = new LinkedHashMap<>();
    for (int a = 0; a < areas.size(); a++) {
      List<PublishedValue> row = new ArrayList<>();
      for (IndicatorResult r : results.get(a)) {
        Suppression why = s[a][r.indicator().ordinal()];
        row.add(why.masked() ? PublishedValue.masked(r.indicator(), why) : PublishedValue.of(r));
      }
      m.put(areas.get(a), List.copyOf(row));
    }
    return Collections.unmodifiableMap(m);
  }

  /** @return the reference year */
  public int year() {
    return year;
  }

  /** @return the suppression policy of {@link #published()} */
  public SuppressionPolicy policy() {
    return policy;
  }

  /**
   * Publishes the same results under another policy; this report is unchanged.
   *
   * @param newPolicy the suppression policy
   * @return the same results published under {@code newPolicy}
   * @throws NullPointerException if {@code newPolicy} is null
   */
  public IndicatorReport withPolicy(SuppressionPolicy newPolicy) {
    return new IndicatorReport(year, areas, results, areaAtoms, newPolicy);
  }

  /** @return every area: the CPTS, then the departments, then the regions */
  public List<Area> areas() {
    return areas;
  }

  /**
   * The areas of one level.
   *
   * @param level the level
   * @return the areas of that level, in area order
   */
  public List<Area> areas(Area.Level level) {
    return areas.stream().filter(a -> a.level() == level).toList();
  }

  /**
   * Finds the area of a CPTS.
   *
   * @param id the CPTS id
   * @return the area of that CPTS, if it was given to the engine
   */
  public Optional<Area> cpts(CptsId id) {
    return areas.stream().filter(a -> a.level() == Area.Level.CPTS && a.code().equals(id.value())).findFirst();
  }

  /** @return every area with its published values (small counts masked), in area order */
  public Map<Area, List<PublishedValue>> published() {
    return published;
  }

  /**
   * The published values of one area.
   *
   * @param area an area of this report
   * @return the published values of {@code area}, by indicator ordinal
   * @throws IllegalArgumentException if the area is not in this report
   */
  public List<PublishedValue> published(Area area) {
    List<PublishedValue> v = published.get(area);
    if (v == null) {
      throw new IllegalArgumentException("area not in this report");
    }
    return v;
  }

  /**
   * Compares the published values of this report with those of an earlier one (e.g. the previous
   * year), area by area. Only published values are compared (see {@link Trend}).
   *
   * @param previous the earlier report
   * @return every area present in both reports (same level and code) with its trends, in area order
   */
  public Map<Area, List<Trend>> trends(IndicatorReport previous) {
    Objects.requireNonNull(previous, "previous");
    Map<Area, List<Trend>> m = new LinkedHashMap<>();
    for (Area area : areas) {
      previous.sameArea(area).ifPresent(p -> m.put(area, trends(published(area), previous.published(p))));
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Compares the published values of one area with those of an earlier report.
   *
   * @param area an area of this report
   * @param previous the earlier report
   * @return the trends of {@code area} against the same area (level and code) of {@code previous}, by
   *     indicator ordinal
   * @throws IllegalArgumentException if the area is not in both reports
   */
  public List<Trend> trends(Area area, IndicatorReport previous) {
    Objects.requireNonNull(previous, "previous");
    Area before = previous.sameArea(area).orElseThrow(() -> new IllegalArgumentException("area not in the previous report"));
    return trends(published(area), previous.published(before));
  }

  private Optional<Area> sameArea(Area area) {
    return areas.stream().filter(a -> a.level() == area.level() && a.code().equals(area.code())).findFirst();
  }

  private static List<Trend> trends(List<PublishedValue> now, List<PublishedValue> before) {
    List<Trend> out = new ArrayList<>(now.size());
    for (int i = 0; i < now.size(); i++) {
      out.add(new Trend(now.get(i).indicator(), before.get(i), now.get(i)));
    }
    return List.copyOf(out);
  }

  /**
   * Opt-in access to the raw values, small counts included. Use only where the data may be seen
   * unmasked; never log them.
   *
   * @return every area with its unmasked results, in area order
   */
  public Map<Area, List<IndicatorResult>> unmasked() {
    Map<Area, List<IndicatorResult>> m = new LinkedHashMap<>();
    for (int a = 0; a < areas.size(); a++) {
      m.put(areas.get(a), results.get(a));
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The raw values of one area (opt-in, see {@link #unmasked()}).
   *
   * @param area an area of this report
   * @return the unmasked results of {@code area}, by indicator ordinal
   * @throws IllegalArgumentException if the area is not in this report
   */
  public List<IndicatorResult> unmasked(Area area) {
    int a = areas.indexOf(area);
    if (a < 0) {
      throw new IllegalArgumentException("area not in this report");
    }
    return results.get(a);
  }

  @Override
  public String toString() {
    return "IndicatorReport[year=" + year + ", areas=" + areas.size() + "]";
  }
}
