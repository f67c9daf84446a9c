package io.github.cptssdk.spark.internal;

import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.spark.SparkIndicators;
import io.github.cptssdk.spark.SparkResult;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The entry of {@code ./cpts indicators --engine spark}, called by reflection from cpts-cli (which does
 * not depend on Spark): one session on the master, loopback driver in local mode, no UI.
 */
public final class CliBridge {

  private CliBridge() {}

  /**
   * @param engine the definitions, areas, year and suppression
   * @param patients the patient file (CSV, or Parquet when the name ends with {@code .parquet})
   * @param events the care-event file (CSV or Parquet likewise), or null
   * @param master the Spark master ({@code local[*]} by default)
   * @param policy the policy for bad rows
   * @return the report, then the summary of the patient rows, then that of the events (null without events)
   */
  public static Object[] run(IndicatorEngine engine, String patients, @Nullable String events, String master, ErrorPolicy policy) {
    SparkSession.Builder b = SparkSession.builder().appName("cpts indicators").master(master)
        .config("spark.ui.enabled", "false");
    if (master.startsWith("local")) {
      b = b.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
    }
    SparkSession spark = b.getOrCreate();
    try {
      return compute(spark, engine, patients, events, policy);
    } finally {
      spark.stop();
    }
  }

  /**
   * What {@link #run} does on a session it does not stop.
   *
   * @param spark the session
   * @param engine the definitions, areas, year and suppression
   * @param patients the patient file
   * @param events the care-event file, or null
   * @param policy the policy for bad rows
   * @return as {@link #run}
   */
  public static Object[] compute(SparkSession spark, IndicatorEngine engine, String patients, @Nullable String events,
      ErrorPolicy policy) {
    SparkIndicators s = SparkIndicators.of(engine, spark).withPolicy(policy);
    SparkResult r = events == null ? s.compute(read(s, patients)) : s.compute(read(s, patients), read(s, events));
    return new Object[] {r.report(), r.patients(), r.events()};
  }

  private static Dataset<Row> read(SparkIndicators s, String path) {
    return path.endsWith(".parquet") ? s.readParquet(path) : s.readCsv(path);
  }
}
