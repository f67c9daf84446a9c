package io.github.cptssdk.benchmarks.indicators;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The full patient indicator set in DuckDB SQL: per-commune aggregation, then roll-up to the areas. */
final class DuckDbIndicators implements AutoCloseable {

  static final String COLUMNS = "{'patient_id': 'VARCHAR', 'birth_year': 'INTEGER', 'sex': 'VARCHAR', 'commune': 'VARCHAR', "
      + "'treating_doctor_rpps': 'VARCHAR', 'ald': 'INTEGER', 'c2s': 'INTEGER', 'flu_vaccination': 'DATE', "
      + "'colorectal_screening': 'DATE', 'breast_screening': 'DATE', 'cervical_screening': 'DATE'}";

  private final Connection connection;

  DuckDbIndicators(List<String[]> areaMap, int threads) throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute("SET threads TO " + threads);
      s.execute("CREATE TABLE area_map (commune VARCHAR, area VARCHAR)");
    }
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO area_map VALUES (?, ?)")) {
      for (String[] row : areaMap) {
        p.setString(1, row[0]);
        p.setString(2, row[1]);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  static String readCsv(Path file) {
    return "read_csv('" + file.toAbsolutePath() + "', header = true, columns = " + COLUMNS + ")";
  }

  void preload(Path file) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE patients AS SELECT * FROM " + readCsv(file));
    }
  }

  /** @return area key → 22 values (denominator, numerator of each patient indicator) */
  Map<String, long[]> compute(String source, int year) throws SQLException {
    Map<String, long[]> out = new HashMap<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql(source, year))) {
      while (rs.next()) {
        long[] v = new long[22];
        for (int i = 0; i < 22; i++) {
          v[i] = rs.getLong(i + 2);
        }
        out.put(rs.getString(1), v);
      }
    }
    return out;
  }

  private static String sql(String source, int y) {
    String w2 = "DATE '" + (y - 1) + "-01-01'";
    String end = "DATE '" + (y + 1) + "-01-01'";
    String[][] defs = {
        {"age >= 17", "nomt"},
        {"age >= 16", "nomt"},
        {"age >= 16", "NOT nomt"},
        {"age >= 70", "nomt"},
        {"age >= 17 AND ald", "nomt"},
        {"age >= 17 AND c2s", "nomt"},
        {"age >= 17 AND c2s AND ald", "nomt"},
        {"f AND age BETWEEN 50 AND 74", "breast >= " + w2 + " AND breast < " + end},
        {"f AND age BETWEEN 25 AND 65", "cerv >= CASE WHEN age < 30 THEN DATE '" + (y - 2) + "-01-01' ELSE DATE '" + (y - 4)
            + "-01-01' END AND cerv < " + end},
        {"age BETWEEN 50 AND 74", "colo >= " + w2 + " AND colo < " + end},
        {"age >= 65", "flu >= DATE '" + (y - 1) + "-07-01' AND flu < DATE '" + y + "-07-01'"},
    };
    StringBuilder perCommune = new StringBuilder();
    StringBuilder rollup = new StringBuilder();
    for (int i = 0; i < defs.length; i++) {
      perCommune.append(", count(*) FILTER (WHERE ").append(defs[i][0]).append(") AS d").append(i)
          .append(", count(*) FILTER (WHERE ").append(defs[i][0]).append(" AND ").append(defs[i][1]).append(") AS n").append(i);
      rollup.append(", sum(d").append(i).append("), sum(n").append(i).append(")");
    }
    return "WITH p AS (SELECT commune, " + y + " - birth_year AS age, sex IN ('F', '2') AS f, "
        + "coalesce(treating_doctor_rpps, '') = '' AS nomt, ald = 1 AS ald, c2s = 1 AS c2s, flu_vaccination AS flu, "
        + "colorectal_screening AS colo, breast_screening AS breast, cervical_screening AS cerv FROM " + source + "), "
        + "c AS (SELECT commune" + perCommune + " FROM p GROUP BY commune) "
        + "SELECT m.area" + rollup + " FROM c JOIN area_map m USING (commune) GROUP BY m.area";
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
