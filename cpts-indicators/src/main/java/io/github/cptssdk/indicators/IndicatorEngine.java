package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.internal.CommuneIndex;
import io.github.cptssdk.indicators.internal.PatientRules;
import io.github.cptssdk.indicators.internal.Rollup;
import io.github.cptssdk.indicators.internal.Tally;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Computes every indicator for every CPTS, department and region in one pass over patient rows. Built
 * once per referential, set of territories and reference year; immutable and thread-safe.
 *
 * <pre>{@code
 * IndicatorEngine engine = IndicatorEngine.builder()
 *     .referential(CommuneReferential.official())
 *     .territories(Map.of(CptsId.of("cpts-sete"), territory))
 *     .year(2025)
 *     .build();
 * IndicatorReport report = patients.stream().collect(engine.collector());
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IndicatorEngine {

  private final CommuneReferential referential;
  private final CommuneDictionary dictionary;
  private final CommuneIndex index;
  private final int[][] areaAtoms;
  private final PatientRules rules;
  private final SuppressionPolicy policy;
  private final Map<CptsId, Territory> territories;

  private IndicatorEngine(Builder b) {
    this.referential = Objects.requireNonNull(b.referential, "referential");
    this.dictionary = b.dictionary != null ? b.dictionary : CommuneDictionary.of(referential);
    this.index = new CommuneIndex(dictionary, referential, b.territories);
    this.areaAtoms = index.areaAtoms();
    this.rules = new PatientRules(b.year);
    this.policy = b.policy;
    this.territories = b.territories;
  }

  /** @return a builder: referential and year are required */
  public static Builder builder() {
    return new Builder();
  }

  public int year() {
    return rules.year();
  }

  /**
   * @return the same engine (referential, dictionary, territories, suppression) for another reference
   *     year, e.g. the previous year to compare with ({@link IndicatorReport#trends(IndicatorReport)})
   * @throws IllegalArgumentException if the year is outside 1980..2140
   */
  public IndicatorEngine withYear(int year) {
    return builder().referential(referential).dictionary(dictionary).territories(territories).year(year)
        .suppression(policy).build();
  }

  /** @return the CPTS territories given to the builder */
  public Map<CptsId, Territory> territories() {
    return territories;
  }

  public CommuneDictionary dictionary() {
    return dictionary;
  }

  public CommuneReferential referential() {
    return referential;
  }

  PatientRules rules() {
    return rules;
  }

  /** @return an empty accumulator */
  public IndicatorAccumulator newAccumulator() {
    return new IndicatorAccumulator(this);
  }

  /** @return a collector usable with sequential and parallel streams */
  public Collector<PatientRecord, IndicatorAccumulator, IndicatorReport> collector() {
    return Collector.of(this::newAccumulator, IndicatorAccumulator::accept, IndicatorAccumulator::combine,
        IndicatorAccumulator::report, Collector.Characteristics.UNORDERED);
  }

  /** @return the report of the patients of the stream (parallel if the stream is) */
  public IndicatorReport compute(Stream<PatientRecord> patients) {
    return patients.collect(collector());
  }

  /** @return the report of the patients of the iterator */
  public IndicatorReport compute(Iterator<PatientRecord> patients) {
    IndicatorAccumulator acc = newAccumulator();
    patients.forEachRemaining(acc::accept);
    return acc.report();
  }

  /** @return the report of a batch, computed on {@code splits} parallel ranges (1: sequential) */
  public IndicatorReport compute(PatientBatch batch, int splits) {
    return accumulate(batch, splits).report();
  }

  /** @return an accumulator holding a batch, computed on {@code splits} parallel ranges */
  public IndicatorAccumulator accumulate(PatientBatch batch, int splits) {
    if (splits < 1) {
      throw new IllegalArgumentException("splits must be at least 1");
    }
    int n = batch.size();
    IntStream ranges = IntStream.range(0, splits);
    return (splits > 1 ? ranges.parallel() : ranges)
        .mapToObj(s -> newAccumulator().accept(batch, (int) ((long) n * s / splits), (int) ((long) n * (s + 1) / splits)))
        .reduce(IndicatorAccumulator::combine).orElseGet(this::newAccumulator);
  }

  /** @return the report of a batch, split over the available processors */
  public IndicatorReport compute(PatientBatch batch) {
    return compute(batch, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  int[] remap(CommuneDictionary other) {
    if (other == dictionary) {
      return null;
    }
    int[] map = new int[other.size()];
    for (int i = 0; i < map.length; i++) {
      map[i] = dictionary.indexOf(other.commune(i).code().value());
      if (map[i] < 0) {
        throw new IndicatorException("CPTS-0720");
      }
    }
    return map;
  }

  IndicatorReport report(Tally tally) {
    return new IndicatorReport(year(), index.areas(), Rollup.results(index, tally, rules), areaAtoms, policy);
  }

  /** Builds an engine; not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private CommuneReferential referential;
    private CommuneDictionary dictionary;
    private Map<CptsId, Territory> territories = Map.of();
    private int year;
    private SuppressionPolicy policy = SuppressionPolicy.DEFAULT;

    private Builder() {}

    /** @return this; the referential gives departments, regions and the known communes */
    public Builder referential(CommuneReferential value) {
      this.referential = Objects.requireNonNull(value, "referential");
      return this;
    }

    /** @return this; reuse the dictionary of batches built beforehand (must list the same communes) */
    public Builder dictionary(CommuneDictionary value) {
      this.dictionary = Objects.requireNonNull(value, "dictionary");
      return this;
    }

    /** @return this; the CPTS and their territories (a commune may be in 0, 1 or several) */
    public Builder territories(Map<CptsId, Territory> value) {
      this.territories = Map.copyOf(value);
      return this;
    }

    /** @return this; the reference year (ages are {@code year - birth year}) */
    public Builder year(int value) {
      this.year = value;
      return this;
    }

    /** @return this; the small-count suppression (default threshold 11) */
    public Builder suppression(SuppressionPolicy value) {
      this.policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /**
     * @return the engine
     * @throws IllegalArgumentException if the year is outside 1980..2140
     * @throws NullPointerException if the referential is missing
     */
    public IndicatorEngine build() {
      return new IndicatorEngine(this);
    }
  }
}
