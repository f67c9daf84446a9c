package io.github.cptssdk.cli;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.ReadSummary;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code --engine spark}: the CLI jar holds no Spark (about 280 MB of jars); the {@code ./cpts} launcher
 * resolves cpts-spark and Spark on first use and puts them on the class path, and this class calls
 * cpts-spark by name.
 */
final class SparkEngine {

  static final String BRIDGE = "io.github.cptssdk.spark.internal.CliBridge";

  private SparkEngine() {}

  record Result(IndicatorReport report, ReadSummary summary, @Nullable ReadSummary events) {}

  static Result compute(IndicatorEngine engine, Path patients, @Nullable Path events, String master, ErrorPolicy policy)
      throws Exception {
    for (Path p : events == null ? List.of(patients) : List.of(patients, events)) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
    Class<?> bridge;
    try {
      bridge = Class.forName(BRIDGE);
    } catch (ClassNotFoundException e) {
      throw CliException.usage("--engine spark needs Apache Spark on the class path: run it through ./cpts, "
          + "which resolves cpts-spark and Spark on first use");
    }
    try {
      Object[] r = (Object[]) bridge.getMethod("run", IndicatorEngine.class, String.class, String.class, String.class,
          ErrorPolicy.class).invoke(null, engine, patients.toString(), events == null ? null : events.toString(), master, policy);
      return new Result((IndicatorReport) r[0], (ReadSummary) r[1], (ReadSummary) r[2]);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof CptsException coded) {
        throw coded;
      }
      throw CliException.data("the Spark job failed (" + e.getCause().getClass().getSimpleName() + ")");
    }
  }
}
