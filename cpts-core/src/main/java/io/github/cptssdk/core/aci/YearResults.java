package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What the annual review of a contract year found: the indicator results, and whether the ARS recognised
 * a health crisis that year. {@link #allMet()} stands for "every indicator fully attained" (a maximum,
 * used by projections and simulations). A line without a result earns nothing. Immutable.
 *
 * @param results the results by indicator line id
 * @param crisisRecognised whether the ARS recognised a crisis during the year
 * @param assumeAllMet true for the "all targets met" scenario
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record YearResults(Map<String, IndicatorResult> results, boolean crisisRecognised, boolean assumeAllMet) {

  /**
   * @param results the results (copied, in their iteration order; a hash map, not {@code Map.copyOf}, whose
   *     lookups cost a division each on the funding hot path)
   * @param crisisRecognised whether a crisis was recognised
   * @param assumeAllMet whether every target counts as met
   * @throws NullPointerException if {@code results}, one of its ids or one of its results is null
   */
  public YearResults {
    Objects.requireNonNull(results, "results");
    Map<String, IndicatorResult> copy = new LinkedHashMap<>(Math.max(4, results.size() * 2));
    results.forEach((id, r) -> copy.put(Objects.requireNonNull(id, "results id"), Objects.requireNonNull(r, "result")));
    results = Collections.unmodifiableMap(copy);
  }

  /** @return no result: every line earns nothing */
  public static YearResults none() {
    return new YearResults(Map.of(), false, false);
  }

  /** @return every indicator fully attained, no crisis */
  public static YearResults allMet() {
    return new YearResults(Map.of(), false, true);
  }

  /**
   * @param list the results; for a line given twice, the last one counts
   * @param crisisRecognised whether the ARS recognised a crisis during the year
   * @return these results keyed by line id
   */
  public static YearResults of(List<IndicatorResult> list, boolean crisisRecognised) {
    return new YearResults(list.stream().collect(Collectors.toMap(IndicatorResult::lineId, Function.identity(),
        (a, b) -> b)), crisisRecognised, false);
  }

  /**
   * @param lineId an indicator line id
   * @return the result of that line, or empty if none (the line earns nothing)
   */
  public Optional<IndicatorResult> result(String lineId) {
    return Optional.ofNullable(results.get(lineId));
  }

  /**
   * @param recognised whether the ARS recognised a crisis
   * @return a copy with that flag
   */
  public YearResults withCrisisRecognised(boolean recognised) {
    return new YearResults(results, recognised, assumeAllMet);
  }
}
