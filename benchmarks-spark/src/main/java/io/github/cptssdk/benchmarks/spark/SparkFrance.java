package io.github.cptssdk.benchmarks.spark;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import io.github.cptssdk.spark.SparkIndicators;
import io.github.cptssdk.spark.SparkResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The whole synthetic population of France (68.95 million rows, one per inhabitant) through Spark
 * {@code local[2]} from Parquet, then through the in-memory engine (columnar batch, 2 splits) on the
 * same population: seconds per pass and the peak heap of each phase (sum of the peaks of the heap
 * pools, reset before the phase; in local mode Spark's executors run in this JVM, so the figure covers
 * driver and executors). Spark's report is checked equal to the in-memory report.
 *
 * <p>Arguments: {@code [rows] [passes] [spark-only]} (default 68952941 and 3; {@code spark-only} skips the
 * in-memory phase and the comparison, to run the Spark phase with a heap too small for the in-memory batch). The CSV and its Parquet copy are
 * written once into {@code java.io.tmpdir} ({@code cpts-bench-patients-ROWS.*}). Run: docs/benchmarks.md.
 */
public final class SparkFrance {

  private SparkFrance() {}

  /**
   * @param args rows and passes
   */
  public static void main(String[] args) {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : (long) SparkBenchData.FRANCE;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    boolean sparkOnly = args.length > 2 && "spark-only".equals(args[2]);
    CommuneReferential r = SparkBenchData.referential();
    CommuneDictionary dict = CommuneDictionary.of(r);
    IndicatorEngine engine = SparkBenchData.engine(r, dict);
    SyntheticPopulation pop = SparkBenchData.population(r, rows);
    long t0 = System.nanoTime();
    Path csv = SparkBenchData.csv(pop, rows);
    say("CSV ready (%s): %.1f s", csv, seconds(t0));
    SparkSession session = SparkBenchData.session("local[2]");
    SparkIndicators spark = SparkIndicators.of(engine, session).withDuplicateCheck(false);
    t0 = System.nanoTime();
    Path parquet = SparkBenchData.parquet(spark, csv);
    say("Parquet ready (%s): %.1f s", parquet, seconds(t0));

    IndicatorReport fromSpark = null;
    System.gc();
    SparkBenchData.resetPeaks();
    for (int p = 1; p <= passes; p++) {
      t0 = System.nanoTime();
      SparkResult res = spark.compute(spark.readParquet(parquet.toString()));
      fromSpark = res.report();
      say("spark local[2] from Parquet, pass %d: %.1f s (%d rows)", p, seconds(t0), res.patients().rows());
    }
    say("spark phase: peak heap %d MiB of max %d MiB", SparkBenchData.peakHeapMiB(), maxHeapMiB());
    session.stop();
    if (sparkOnly) {
      return;
    }

    t0 = System.nanoTime();
    PatientBatch batch = pop.toBatch(dict);
    say("in-memory batch built: %.1f s (%d rows)", seconds(t0), batch.size());
    System.gc();
    SparkBenchData.resetPeaks();
    IndicatorReport inMemory = null;
    for (int p = 1; p <= passes; p++) {
      t0 = System.nanoTime();
      inMemory = engine.compute(batch, 2);
      say("in-memory engine, 2 splits, pass %d: %.2f s", p, seconds(t0));
    }
    say("in-memory phase: peak heap %d MiB (batch included)", SparkBenchData.peakHeapMiB());
    SparkBenchData.check(fromSpark, inMemory);
    say("reports equal: yes (%d areas)", inMemory.areas().size());
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long maxHeapMiB() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20;
  }

  private static void say(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
