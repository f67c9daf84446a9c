package io.github.cptssdk.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.internal.Redaction;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.csv.CsvInputException;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.internal.CommuneIndex;
import io.github.cptssdk.indicators.internal.EngineAccess;
import io.github.cptssdk.indicators.internal.PatientRules;
import io.github.cptssdk.indicators.internal.Tally;
import io.github.cptssdk.spark.internal.PatientColumns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;

/**
 * The indicators of an {@link IndicatorEngine} computed on Apache Spark: the same definitions (the
 * engine's rules compiled into Spark columns), the same checks and error codes as
 * {@link PatientCsvReader}, and the same report: per-area tallies come back to the driver and go
 * through the engine's roll-up and suppression, so that the report equals the in-memory engine's.
 * Patient rows never come to the driver. Immutable; thread-safe as far as the session is.
 *
 * <pre>{@code
 * SparkIndicators spark = SparkIndicators.of(engine, session);
 * SparkResult result = spark.compute(spark.readParquet("hdfs:///snds/patients"));
 * result.report().published(area);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SparkIndicators {

  private static final String ROW = "__cpts_row";
  private static final String DICT_CODE = "__cpts_dict_code";
  private static final String AREAS = "__cpts_areas";
  private static final String AREA = "__cpts_area";
  private static final String ROWS = "__cpts_rows";
  private static final String DEN = "__cpts_den";
  private static final String DUP = "__cpts_dup";
  private static final String NUM = "__cpts_num";

  private final IndicatorEngine engine;
  private final SparkSession spark;
  private final ErrorPolicy policy;
  private final boolean duplicateCheck;

  private SparkIndicators(IndicatorEngine engine, SparkSession spark, ErrorPolicy policy, boolean duplicateCheck) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.spark = Objects.requireNonNull(spark, "spark");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.duplicateCheck = duplicateCheck;
  }

  /**
   * A strict computation checking duplicated ids, as {@link PatientCsvReader#of}.
   *
   * @param engine the definitions, areas, year and suppression
   * @param spark the session to run on
   * @return the Spark engine
   */
  public static SparkIndicators of(IndicatorEngine engine, SparkSession spark) {
    return new SparkIndicators(engine, spark, ErrorPolicy.STRICT, true);
  }

  /**
   * A copy with another policy for bad rows.
   *
   * @param value stop at the first bad row (in the dataset's order), or skip and count bad rows
   * @return a copy with this policy
   */
  public SparkIndicators withPolicy(ErrorPolicy value) {
    return new SparkIndicators(engine, spark, value, duplicateCheck);
  }

  /**
   * A copy with or without the duplicate check (a shuffle of the ids: turn it off for inputs known to
   * hold one row per person).
   *
   * @param value true to reject a patient id seen in an earlier row (the dataset's order)
   * @return a copy with or without the check
   */
  public SparkIndicators withDuplicateCheck(boolean value) {
    return new SparkIndicators(engine, spark, policy, value);
  }

  /**
   * Reads a patient CSV (docs/indicators.md) as string columns, without computing anything.
   *
   * @param path a file or directory, in any file system Spark reads
   * @return the rows
   */
  public Dataset<Row> readCsv(String path) {
    return spark.read().option("header", true).option("inferSchema", false).option("mode", "PERMISSIVE")
        .option("encoding", "UTF-8").csv(path);
  }

  /**
   * Reads patient rows in Parquet with the columns of the CSV (any types that print as the CSV values).
   *
   * @param path a file or directory
   * @return the rows
   */
  public Dataset<Row> readParquet(String path) {
    return spark.read().parquet(path);
  }

  /**
   * Computes the report of patient rows.
   *
   * @param patients rows with the columns of {@link PatientCsvReader#REQUIRED} and optionally
   *     {@link PatientCsvReader#DATES} (names trimmed, any case; other columns ignored); values are
   *     read as their string form
   * @return the report and what was read
   * @throws CsvInputException the codes of {@link PatientCsvReader}: CPTS-0700 or CPTS-0716 for the
   *     columns; under the strict policy the first bad row, its number counting a header as row 1
   */
  public SparkResult compute(Dataset<Row> patients) {
    CommuneIndex index = EngineAccess.get().index(engine);
    PatientRules rules = EngineAccess.get().rules(engine);
    Dataset<Row> rows = columns(patients.withColumn(ROW, functions.monotonically_increasing_id()));
    rows = rows.join(broadcast(communes(index)), col("commune").equalTo(col(DICT_CODE)), "left");
    Column[] check = PatientColumns.codeAndColumn();
    rows = rows.withColumn(PatientColumns.CODE, check[0]).withColumn(PatientColumns.COLUMN, check[1]);
    if (duplicateCheck) {
      Column good = col(PatientColumns.CODE).isNull();
      rows = rows.withColumn(DUP, good.and(row_number().over(Window.partitionBy(col("patient_id"), good).orderBy(col(ROW))).gt(1)))
          .withColumn(PatientColumns.CODE, when(col(DUP), "CPTS-0709").otherwise(col(PatientColumns.CODE)))
          .withColumn(PatientColumns.COLUMN, when(col(DUP), "patient_id").otherwise(col(PatientColumns.COLUMN)));
    }
    Column[] masks = PatientColumns.masks(rules);
    Column good = col(PatientColumns.CODE).isNull();
    rows = rows.withColumn(DEN, when(good, masks[0]).otherwise(0)).withColumn(NUM, when(good, masks[1]).otherwise(0));
    List<Column> aggs = new ArrayList<>();
    for (int i = 0; i < PatientRules.COUNT; i++) {
      aggs.add(sum(bit(col(DEN), i)).as("d" + i));
      aggs.add(sum(bit(col(NUM), i)).as("n" + i));
    }
    Dataset<Row> perCommune = rows.groupBy(col(PatientColumns.CODE), col(PatientColumns.COMMUNE_INDEX), col(AREAS))
        .agg(functions.count(lit(1)).as(ROWS), aggs.toArray(Column[]::new)).persist();
    try {
      ReadSummary summary = summary(perCommune);
      if (policy == ErrorPolicy.STRICT && summary.rejected() > 0) {
        throw firstBadRow(rows);
      }
      long[][] sums = areaSums(perCommune, index.areas().size());
      long[] none = new long[sums.length];
      return new SparkResult(EngineAccess.get().report(engine, sums, none, none), summary);
    } finally {
      perCommune.unpersist();
    }
  }

  private static Column bit(Column mask, int i) {
    return shiftright(mask, i).bitwiseAND(1).cast("long");
  }

  /** The required and date columns as strings, names as the CSV reader resolves them. */
  private static Dataset<Row> columns(Dataset<Row> in) {
    Map<String, String> byName = new HashMap<>();
    for (String name : in.columns()) {
      if (name.equals(ROW)) {
        continue;
      }
      String key = name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
      if (byName.put(key, name) != null) {
        throw CsvInputException.header("CPTS-0716", Redaction.name(key));
      }
    }
    List<Column> out = new ArrayList<>();
    out.add(col(ROW));
    for (String r : PatientCsvReader.REQUIRED) {
      String name = byName.get(r);
      if (name == null) {
        throw CsvInputException.header("CPTS-0700", r, String.join(",", PatientCsvReader.REQUIRED));
      }
      out.add(col(quote(name)).cast(DataTypes.StringType).as(r));
    }
    for (String d : PatientCsvReader.DATES) {
      String name = byName.get(d);
      out.add((name == null ? lit(null) : col(quote(name))).cast(DataTypes.StringType).as(d));
    }
    return in.select(out.toArray(Column[]::new));
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** The broadcast table: commune code, its index in the engine's dictionary, its areas. */
  private Dataset<Row> communes(CommuneIndex index) {
    List<Row> list = new ArrayList<>();
    for (int c = 0; c < index.dictionary().size(); c++) {
      int[] areas = index.areasOf(c);
      List<Integer> boxed = new ArrayList<>();
      for (int a : areas) {
        boxed.add(a);
      }
      list.add(RowFactory.create(index.dictionary().commune(c).code().value(), c, scala.jdk.javaapi.CollectionConverters.asScala(boxed).toSeq()));
    }
    StructType schema = new StructType().add(DICT_CODE, DataTypes.StringType, false)
        .add(PatientColumns.COMMUNE_INDEX, DataTypes.IntegerType, false)
        .add(AREAS, DataTypes.createArrayType(DataTypes.IntegerType, false), false);
    return spark.createDataFrame(list, schema);
  }

  private static ReadSummary summary(Dataset<Row> perCommune) {
    long rows = 0;
    long accepted = 0;
    Map<String, Long> rejected = new LinkedHashMap<>();
    for (Row r : perCommune.groupBy(col(PatientColumns.CODE)).agg(sum(col(ROWS)).as(ROWS)).collectAsList()) {
      long n = r.getLong(1);
      rows += n;
      if (r.isNullAt(0)) {
        accepted += n;
      } else {
        rejected.merge(r.getString(0), n, Long::sum);
      }
    }
    return new ReadSummary(rows, accepted, rejected);
  }

  private static CsvInputException firstBadRow(Dataset<Row> rows) {
    Row first = rows.filter(col(PatientColumns.CODE).isNotNull()).orderBy(col(ROW))
        .select(col(ROW), col(PatientColumns.CODE), col(PatientColumns.COLUMN)).first();
    long before = rows.filter(col(ROW).lt(first.getLong(0))).count();
    return new CsvInputException(first.getString(1), before + 2, first.getString(2));
  }

  private static long[][] areaSums(Dataset<Row> perCommune, int areas) {
    List<Column> sums = new ArrayList<>();
    for (int i = 0; i < PatientRules.COUNT; i++) {
      sums.add(sum(col("d" + i)).as("d" + i));
      sums.add(sum(col("n" + i)).as("n" + i));
    }
    long[][] out = new long[areas][Tally.SLOTS];
    Dataset<Row> perArea = perCommune.filter(col(PatientColumns.CODE).isNull())
        .withColumn(AREA, explode(col(AREAS))).groupBy(col(AREA)).agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
    for (Row r : perArea.collectAsList()) {
      int a = r.getInt(0);
      for (int s = 0; s < 2 * PatientRules.COUNT; s++) {
        out[a][s] = r.isNullAt(s + 1) ? 0 : r.getLong(s + 1);
      }
    }
    return out;
  }
}
