package io.github.cptssdk.spark;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.synth.SynthParameters;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic population written as CSV, read by Spark, written as Parquet and read back gives the report of the CSV path. */
class ParquetRoundTripTest {

  @TempDir
  Path dir;

  @Test
  void parquetGivesTheReportOfTheCsvPath() throws Exception {
    CommuneReferential referential = TestReferential.get();
    Map<CptsId, Territory> territories = Map.of(CptsId.of("cpts-sete"), Territory.of(
        java.util.List.of(io.github.cptssdk.core.id.CommuneCode.parse("34301"), io.github.cptssdk.core.id.CommuneCode.parse("34108"))));
    IndicatorEngine engine = IndicatorEngine.builder().referential(referential).territories(territories).year(2025).build();
    Path csv = dir.resolve("patients.csv");
    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(csv)) {
      SyntheticPopulation.of(referential, territories.get(CptsId.of("cpts-sete")),
          SynthParameters.builder(2025).rowsPerInhabitant(0.3).build(), 7L).writeCsv(out);
    }
    IndicatorReport expected = engine.newAccumulator().combine(readAll(engine, csv)).report();

    SparkIndicators spark = SparkIndicators.of(engine, SharedSpark.get());
    String parquet = dir.resolve("patients.parquet").toString();
    spark.readCsv(csv.toString()).repartition(3).write().parquet(parquet);
    SparkResult fromParquet = spark.compute(spark.readParquet(parquet));
    SparkDifferentialTest.assertSame(fromParquet.report(), expected);
    SparkDifferentialTest.assertSame(spark.compute(spark.readCsv(csv.toString())).report(), expected);
  }

  private static io.github.cptssdk.indicators.IndicatorAccumulator readAll(IndicatorEngine engine, Path csv) {
    io.github.cptssdk.indicators.IndicatorAccumulator acc = engine.newAccumulator();
    PatientCsvReader.of(engine.dictionary()).read(csv, acc);
    return acc;
  }
}
