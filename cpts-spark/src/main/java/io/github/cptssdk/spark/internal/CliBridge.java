package io.github.cptssdk.spark.internal;

import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.spark.SparkIndicators;
import io.github.cptssdk.spark.SparkResult;
import org.apache.spark.sql.SparkSession;

/**
 * The entry of {@code ./cpts indicators --engine spark}, called by reflection from cpts-cli (which does
 * not depend on Spark): one session on the master, loopback driver in local mode, no UI.
 */
public final class CliBridge {

  private CliBridge() {}

  /**
   * @param engine the definitions, areas, year and suppression
   * @param patients the patient file (CSV, or Parquet when the name ends with {@code .parquet})
   * @param master the Spark master ({@code local[*]} by default)
   * @param policy the policy for bad rows
   * @return the report, then the summary of the patient rows
   */
  public static Object[] run(IndicatorEngine engine, String patients, String master, ErrorPolicy policy) {
    SparkSession.Builder b = SparkSession.builder().appName("cpts indicators").master(master)
        .config("spark.ui.enabled", "false");
    if (master.startsWith("local")) {
      b = b.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
    }
    SparkSession spark = b.getOrCreate();
    try {
      SparkIndicators s = SparkIndicators.of(engine, spark).withPolicy(policy);
      SparkResult r = s.compute(patients.endsWith(".parquet") ? s.readParquet(patients) : s.readCsv(patients));
      return new Object[] {r.report(), r.patients()};
    } finally {
      spark.stop();
    }
  }
}
