package io.github.cptssdk.benchmarks.spark;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import io.github.cptssdk.spark.SparkIndicators;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The full indicator set for every area (1 255 CPTS = the EPCI, the departments and regions) over 10
 * million synthetic rows of France, the data of the benchmarks module's {@code IndicatorBenchmark}:
 * Spark {@code local[2]} from Parquet and from CSV (cpts-spark, duplicate check off as in the in-memory
 * candidates), against the in-memory engine on the preloaded batch (2 splits) and from the same CSV
 * (parallel reader). Scores are rows per second. The setup checks that Spark's report equals the
 * in-memory report, area by area.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC", "-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector", "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true"})
public class SparkIndicatorBenchmark {

  static final int ROWS = 10_000_000;

  private IndicatorEngine engine;
  private PatientBatch batch;
  private Path csv;
  private Path parquet;
  private SparkSession session;
  private SparkIndicators spark;

  @Setup(Level.Trial)
  public void setup() {
    CommuneReferential r = SparkBenchData.referential();
    CommuneDictionary dict = CommuneDictionary.of(r);
    engine = SparkBenchData.engine(r, dict);
    SyntheticPopulation pop = SparkBenchData.population(r, ROWS);
    batch = pop.toBatch(dict);
    csv = SparkBenchData.csv(pop, ROWS);
    session = SparkBenchData.session("local[2]");
    spark = SparkIndicators.of(engine, session).withDuplicateCheck(false);
    parquet = SparkBenchData.parquet(spark, csv);
    SparkBenchData.check(sparkFromParquet(), javaInMemory());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    session.stop();
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public IndicatorReport javaInMemory() {
    return engine.compute(batch, 2);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public IndicatorReport javaFromCsvParallel() {
    IndicatorAccumulator acc = engine.newAccumulator();
    PatientCsvReader.of(engine.dictionary()).withDuplicateCheck(false).read(csv, acc);
    return acc.report();
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public IndicatorReport sparkFromParquet() {
    return spark.compute(spark.readParquet(parquet.toString())).report();
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public IndicatorReport sparkFromCsv() {
    return spark.compute(spark.readCsv(csv.toString())).report();
  }
}
