package io.github.cptssdk.spark;

import org.apache.spark.sql.SparkSession;

/** One local SparkSession per test JVM (Surefire reuses one fork): loopback driver, no UI, 2 shuffle partitions. */
final class SharedSpark {

  private static final SparkSession SESSION = SparkSession.builder().appName("cpts-spark-tests").master("local[2]")
      .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
      .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
      .config("spark.sql.adaptive.enabled", "false")
      .config("spark.sql.codegen.wholeStage", "false").config("spark.sql.codegen.factoryMode", "NO_CODEGEN").getOrCreate();

  private SharedSpark() {}

  static SparkSession get() {
    return SESSION;
  }
}
