package io.github.cptssdk.benchmarks.spark;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Epci;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.synth.SynthParameters;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import io.github.cptssdk.spark.SparkIndicators;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;

/**
 * The data of the benchmarks module's indicator benchmarks (same referential, one CPTS per EPCI, same
 * synthetic population of France, same seed, same CSV file name in the temporary directory), rebuilt
 * here: that module cannot be a dependency (its Jackson 2.18 tree against Spark's 2.21). Plus the
 * Parquet copy, the local session and the heap measures.
 */
final class SparkBenchData {

  static final int YEAR = 2025;
  static final long SEED = 7;
  static final double FRANCE = 68_952_941d;
  private SparkBenchData() {}

  static CommuneReferential referential() {
    return CommuneReferential.official();
  }

  /** @return one CPTS per EPCI, named after its SIREN */
  static Map<CptsId, Territory> territories(CommuneReferential r) {
    Map<CptsId, Territory> m = new TreeMap<>();
    for (Epci e : r.epcis()) {
      m.put(CptsId.of("cpts-" + e.code().value()), Territory.of(e.members()));
    }
    return m;
  }

  static IndicatorEngine engine(CommuneReferential r, CommuneDictionary dict) {
    return IndicatorEngine.builder().referential(r).dictionary(dict).territories(territories(r)).year(YEAR).build();
  }

  static SyntheticPopulation population(CommuneReferential r, long rows) {
    return SyntheticPopulation.france(r, SynthParameters.builder(YEAR).rowsPerInhabitant(rows / FRANCE).build(), SEED);
  }

  /** @return the CSV of the population, written once into the temporary directory */
  static Path csv(SyntheticPopulation pop, long rows) {
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "cpts-bench-patients-" + rows + ".csv");
    if (!Files.exists(file)) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        pop.writeCsv(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** @return the Parquet copy of the CSV (as Spark reads it), written once next to it */
  static Path parquet(SparkIndicators spark, Path csv) {
    Path dir = Path.of(csv.toString().replaceFirst("\\.csv$", ".parquet"));
    if (!Files.exists(dir.resolve("_SUCCESS"))) {
      spark.readCsv(csv.toString()).drop("__cpts_short_row").write().mode("overwrite").parquet(dir.toString());
    }
    return dir;
  }

  /** @return a local session: loopback driver, no UI, quiet */
  static SparkSession session(String master) {
    SparkSession s = SparkSession.builder().appName("cpts-benchmarks").master(master)
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    s.sparkContext().setLogLevel("WARN");
    return s;
  }

  /** @throws IllegalStateException if the two reports differ on any area (unmasked and published values) */
  static void check(IndicatorReport actual, IndicatorReport expected) {
    if (!actual.areas().equals(expected.areas())) {
      throw new IllegalStateException("Spark and the in-memory engine give other areas");
    }
    for (Area a : expected.areas()) {
      if (!actual.unmasked(a).equals(expected.unmasked(a)) || !actual.published(a).equals(expected.published(a))) {
        throw new IllegalStateException("Spark and the in-memory engine differ on " + a);
      }
    }
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** @return the sum of the peaks of the heap pools since the last reset, in MiB */
  static long peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
