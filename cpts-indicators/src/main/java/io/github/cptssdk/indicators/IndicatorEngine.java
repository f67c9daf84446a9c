package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.internal.CommuneIndex;
import io.github.cptssdk.indicators.internal.EngineAccess;
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

  static {
    EngineAccess.install(new EngineAccess.Access() {
      @Override
      public CommuneIndex index(IndicatorEngine engine) {
        return engine.index;
      }

      @Override
      public PatientRules rules(IndicatorEngine engine) {
        return engine.rules;
      }

      @Override
      public IndicatorReport report(IndicatorEngine engine, long[][] sums, long[] appointmentPros, long[] pathwayPros) {
        if (sums.length != engine.index.areas().size()) {
          throw new IllegalArgumentException("one row of sums per area expected");
        }
        return new IndicatorReport(engine.year(), engine.index.areas(),
            Rollup.results(sums, appointmentPros, pathwayPros, engine.rules), engine.areaAtoms, engine.policy);
      }
    });
  }

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

  /** @return the reference year: ages are {@code year - birth year}, events of other years are ignored */
  public int year() {
    return rules.year();
  }

  /**
   * Derives an engine for another year.
   *
   * @param year the other reference year
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

  /** @return the dictionary of the engine's communes (share it with the batches to skip remapping) */
  public CommuneDictionary dictionary() {
    return dictionary;
  }

  /** @return the referential giving the communes, departments and regions */
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

  /**
   * Computes the report of a stream, in parallel if the stream is.
   *
   * @param patients the patient rows
   * @return the report of the patients of the stream
   * @throws IndicatorException CPTS-0720 if a row's commune is not in the engine's referential
   */
  public IndicatorReport compute(Stream<PatientRecord> patients) {
    return patients.collect(collector());
  }

  /**
   * Computes the report of an iterator, sequentially.
   *
   * @param patients the patient rows
   * @return the report of the patients of the iterator
   * @throws IndicatorException CPTS-0720 if a row's commune is not in the engine's referential
   */
  public IndicatorReport compute(Iterator<PatientRecord> patients) {
    IndicatorAccumulator acc = newAccumulator();
    patients.forEachRemaining(acc::accept);
    return acc.report();
  }

  /**
   * Computes the report of a batch on {@code splits} parallel ranges; the result does not depend on
   * {@code splits}.
   *
   * @param batch the patient rows
   * @param splits the number of ranges, 1 for a sequential pass
   * @return the report of the batch
   * @throws IllegalArgumentException if {@code splits} is under 1
   * @throws IndicatorException CPTS-0720 if a row's commune is not in the engine's referential
   */
  public IndicatorReport compute(PatientBatch batch, int splits) {
    return accumulate(batch, splits).report();
  }

  /**
   * Accumulates a batch on {@code splits} parallel ranges, to combine with other inputs (events, other
   * batches) before the report.
   *
   * @param batch the patient rows
   * @param splits the number of ranges, 1 for a sequential pass
   * @return an accumulator holding the batch
   * @throws IllegalArgumentException if {@code splits} is under 1
   * @throws IndicatorException CPTS-0720 if a row's commune is not in the engine's referential
   */
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

  /**
   * Computes the report of a batch, split over the available processors.
   *
   * @param batch the patient rows
   * @return the report of the batch
   * @throws IndicatorException CPTS-0720 if a row's commune is not in the engine's referential
   */
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

    /**
     * Sets the referential (required).
     *
     * @param value gives departments, regions and the known communes
     * @return this builder
     */
    public Builder referential(CommuneReferential value) {
      this.referential = Objects.requireNonNull(value, "referential");
      return this;
    }

    /**
     * Sets the dictionary, by default built from the referential.
     *
     * @param value the dictionary of batches built beforehand (must list the same communes)
     * @return this builder
     */
    public Builder dictionary(CommuneDictionary value) {
      this.dictionary = Objects.requireNonNull(value, "dictionary");
      return this;
    }

    /**
     * Sets the CPTS, by default none (departments and regions only).
     *
     * @param value the CPTS and their territories (a commune may be in 0, 1 or several); copied
     * @return this builder
     */
    public Builder territories(Map<CptsId, Territory> value) {
      this.territories = Map.copyOf(value);
      return this;
    }

    /**
     * Sets the reference year (required), checked by {@link #build()}.
     *
     * @param value the reference year (ages are {@code year - birth year}), 1980..2140
     * @return this builder
     */
    public Builder year(int value) {
      this.year = value;
      return this;
    }

    /**
     * Sets the small-count suppression, by default {@link SuppressionPolicy#DEFAULT} (threshold 11).
     *
     * @param value the policy
     * @return this builder
     */
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
