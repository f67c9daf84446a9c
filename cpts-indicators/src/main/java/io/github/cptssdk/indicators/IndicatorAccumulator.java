package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.indicators.internal.EventRules;
import io.github.cptssdk.indicators.internal.Tally;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Mergeable state of one pass: {@link #accept} patients, batches and events, {@link #combine} the
 * accumulators of splits, then {@link #report()}. Not thread-safe: use one per thread or split (as a
 * {@link java.util.stream.Collector} does); the order of rows and of merges does not change the
 * result.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IndicatorAccumulator {

  private final IndicatorEngine engine;
  private final Tally tally;

  IndicatorAccumulator(IndicatorEngine engine) {
    this.engine = engine;
    this.tally = new Tally(engine.dictionary().size());
  }

  /**
   * Adds one person.
   *
   * @param p the patient row
   * @return this accumulator
   * @throws IndicatorException CPTS-0720 if the commune is not in the engine's referential
   */
  public IndicatorAccumulator accept(PatientRecord p) {
    int c = communeIndex(p.commune().value());
    int flags = (p.sex() == Sex.FEMALE ? PatientBatch.FEMALE : 0) | (p.hasTreatingDoctor() ? PatientBatch.HAS_MT : 0)
        | (p.ald() ? PatientBatch.ALD : 0) | (p.c2s() ? PatientBatch.C2S : 0);
    long m = engine.rules().masks(p.birthYear(), flags, day(p, PreventionAct.FLU_VACCINATION),
        day(p, PreventionAct.COLORECTAL_SCREENING), day(p, PreventionAct.BREAST_SCREENING),
        day(p, PreventionAct.CERVICAL_SCREENING));
    if (m != 0L) {
      tally.addPatient(c, m);
    }
    return this;
  }

  private static int day(PatientRecord p, PreventionAct act) {
    return p.lastAct(act).map(d -> (int) Math.max(0, Math.min(Character.MAX_VALUE, d.toEpochDay()))).orElse(0);
  }

  private int communeIndex(String code) {
    int c = engine.dictionary().indexOf(code);
    if (c < 0) {
      throw new IndicatorException("CPTS-0720");
    }
    return c;
  }

  /**
   * Adds every row of a batch.
   *
   * @param batch the rows; its dictionary may differ from the engine's
   * @return this accumulator
   * @throws IndicatorException CPTS-0720 if the batch's dictionary holds a commune unknown to the engine
   */
  public IndicatorAccumulator accept(PatientBatch batch) {
    return accept(batch, 0, batch.size());
  }

  /**
   * Adds rows {@code [from, to)} of a batch.
   *
   * @param batch the rows; its dictionary may differ from the engine's
   * @param from the first row (inclusive)
   * @param to the last row (exclusive)
   * @return this accumulator
   * @throws IndexOutOfBoundsException if the range is not within the batch
   * @throws IndicatorException CPTS-0720 if the batch's dictionary holds a commune unknown to the engine
   */
  public IndicatorAccumulator accept(PatientBatch batch, int from, int to) {
    Objects.checkFromToIndex(from, to, batch.size());
    tally.addBatch(batch, from, to, engine.remap(batch.dictionary()), engine.rules());
    return this;
  }

  /**
   * Adds an event; events outside the reference year are ignored.
   *
   * @param event the event
   * @return this accumulator
   * @throws IndicatorException CPTS-0720 if the commune is not in the engine's referential
   */
  public IndicatorAccumulator accept(CareEvent event) {
    if (EventRules.counts(event.date(), engine.year())) {
      tally.addEvent(communeIndex(event.commune().value()), event);
    }
    return this;
  }

  /**
   * Adds the counts of {@code other} into this one; {@code other} is left unchanged.
   *
   * @param other an accumulator of the same engine
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} comes from another engine
   */
  public IndicatorAccumulator combine(IndicatorAccumulator other) {
    if (other.engine != engine) {
      throw new IllegalArgumentException("accumulators of different engines cannot be combined");
    }
    tally.merge(other.tally);
    return this;
  }

  /** @return the report of what was accepted so far */
  public IndicatorReport report() {
    return engine.report(tally);
  }
}
