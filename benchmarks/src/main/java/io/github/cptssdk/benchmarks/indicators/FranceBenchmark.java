package io.github.cptssdk.benchmarks.indicators;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.PatientBatch;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The whole synthetic population of France (68.95 million rows, one row per inhabitant) through the
 * in-memory path on 2 splits: seconds per pass. The peak heap (sum of the peaks of the heap pools,
 * batch included) is printed at the end of the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
public class FranceBenchmark {

  private IndicatorEngine engine;
  private PatientBatch batch;

  @Setup(Level.Trial)
  public void setup() {
    CommuneReferential r = BenchData.referential();
    CommuneDictionary dict = CommuneDictionary.of(r);
    engine = BenchData.engine(r, dict);
    batch = BenchData.population(r, (long) BenchData.FRANCE).toBatch(dict);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  @Benchmark
  public IndicatorReport wholeFranceInMemory() {
    return engine.compute(batch, 2);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("\nrows: " + batch.size() + "; peak heap during the passes: " + (peak >> 20) + " MiB");
  }
}
