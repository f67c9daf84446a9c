package io.github.cptssdk.benchmarks.registries;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.registries.annuaire.AnnuaireLayout;
import io.github.cptssdk.registries.annuaire.AnnuaireReader;
import io.github.cptssdk.registries.annuaire.AnnuaireWriter;
import io.github.cptssdk.registries.annuaire.SyntheticAnnuaire;
import io.github.cptssdk.registries.supply.Supply;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
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
 * Per-commune profession counts (distinct professionals, replacement activity excluded) on a generated
 * Annuaire Santé activity file of national size (880,000 professionals, about 1.16 million rows, 2026
 * layout): the cpts-registries reader feeding {@link Supply} on its own threads (in parallel byte ranges on 2
 * threads, {@link AnnuaireReader#withParallelism(int)}, {@link AnnuaireReader#readUnordered}), against DuckDB {@code read_csv(delim='|')} computing the same
 * counts ({@code SET threads TO 2}). The setup checks both give the same counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
public class RegistryBenchmark {

  static final int PERSONS = 880_000;
  /** The threads of both sides: the reader's byte ranges and DuckDB's {@code SET threads}. */
  static final int THREADS = 2;

  private CommuneReferential referential;
  private Territory france;
  private Path file;
  private Connection duckdb;

  @Setup(Level.Trial)
  public void setup() throws IOException, SQLException {
    referential = CommuneReferential.official();
    france = Territory.of(referential.communes().stream().map(Commune::code).toList());
    file = Files.createTempFile("ps-libreacces-personne-activite", ".txt");
    try (OutputStream out = Files.newOutputStream(file); AnnuaireWriter w = AnnuaireWriter.of(out, AnnuaireLayout.Y2026)) {
      SyntheticAnnuaire.of(referential, france, 2026).activities(PERSONS, w::write);
    }
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duckdb.createStatement()) {
      s.execute("SET threads TO " + THREADS);
    }
    Map<String, Long> java = javaReader();
    Map<String, Long> sql = duckDbReadCsv();
    if (!java.equals(sql)) {
      throw new IllegalStateException("the reader and DuckDB disagree: " + java.size() + " vs " + sql.size() + " keys");
    }
    System.out.println("\nfile: " + Files.size(file) / (1 << 20) + " MiB, commune x profession keys: " + java.size());
  }

  @Benchmark
  public Map<String, Long> javaReader() {
    Supply supply = Supply.of(referential, france);
    AnnuaireReader.of(referential).withParallelism(THREADS).readUnordered(file, supply::addActivity);
    Map<String, Long> out = new HashMap<>();
    supply.result().communeCounts().forEach((CommuneCode c, Map<String, Long> m) -> m.forEach((p, n) -> out.put(c.value() + "|" + p, n)));
    return out;
  }

  @Benchmark
  public Map<String, Long> duckDbReadCsv() throws SQLException {
    String sql = "SELECT \"Code commune (coord. structure)\" || '|' || \"Code profession\", count(DISTINCT \"Identification nationale PP\")"
        + " FROM read_csv('" + file.toAbsolutePath() + "', delim = '|', header = true, quote = '', escape = '', all_varchar = true)"
        + " WHERE coalesce(\"Code genre d'activité\", '') NOT IN ('GENR02', 'GENR03') GROUP BY 1";
    Map<String, Long> out = new HashMap<>();
    try (Statement s = duckdb.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException, SQLException {
    duckdb.close();
    Files.deleteIfExists(file);
  }
}
