package io.github.cptssdk.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
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
import io.github.cptssdk.indicators.csv.EventCsvReader;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.internal.CommuneIndex;
import io.github.cptssdk.indicators.internal.EngineAccess;
import io.github.cptssdk.indicators.internal.EventRules;
import io.github.cptssdk.indicators.internal.PatientRules;
import io.github.cptssdk.indicators.internal.Tally;
import io.github.cptssdk.spark.internal.EventColumns;
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
import org.jspecify.annotations.Nullable;

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

  /** The Spark setting that {@link #readCsv} turns off, so that every row's number of fields is checked. */
  public static final String CSV_COLUMN_PRUNING = "spark.sql.csv.parser.columnPruning.enabled";


  private static final String ROW = "__cpts_row";
  private static final String DICT_CODE = "__cpts_dict_code";
  private static final String AREAS = "__cpts_areas";
  private static final String AREA = "__cpts_area";
  private static final String ROWS = "__cpts_rows";
  private static final String DEN = "__cpts_den";
  private static final String DUP = "__cpts_dup";
  private static final String NUM = "__cpts_num";
  private static final String COUNTED = "__cpts_counted";

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
   * Reads a patient or care-event CSV (docs/indicators.md) as string columns, without computing
   * anything. A row with another number of fields than the header is kept, marked, and rejected by
   * {@link #compute} with the reader's CPTS-0702.
   *
   * <p>This turns off Spark's CSV column pruning on the session ({@value #CSV_COLUMN_PRUNING} = false):
   * with pruning, Spark compares a row's number of fields with the columns a query reads only, so a row
   * with a field too many or too few would pass (or fail with another code) when the header holds a column
   * that the indicators do not read, where the CSV reader rejects it with CPTS-0702. Other CSV queries of
   * the session then parse every column of their rows.
   *
   * @param path a file or directory, in any file system Spark reads
   * @return the rows
   */
  public Dataset<Row> readCsv(String path) {
    spark.conf().set(CSV_COLUMN_PRUNING, false);
    StructType header = csv().csv(path).schema();
    return csv().option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", PatientColumns.SHORT_ROW)
        .schema(header.add(PatientColumns.SHORT_ROW, DataTypes.StringType)).csv(path);
  }

  private org.apache.spark.sql.DataFrameReader csv() {
    return spark.read().option("header", true).option("inferSchema", false).option("encoding", "UTF-8");
  }

  /**
   * Reads patient or care-event rows in Parquet with the columns of the CSV (any types that print as
   * the CSV values).
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
    return run(patients, null);
  }

  /**
   * Computes the report of patient rows and care events (SAS/SNP appointments, pathways, prevention
   * events), as the in-memory engine given both; events outside the reference year are read, checked
   * and not counted.
   *
   * @param patients the patient rows, as for {@link #compute(Dataset)}
   * @param events rows with the columns of {@link EventCsvReader#REQUIRED} and optionally
   *     {@code professional_rpps}, {@code honoured}, {@code participants} (same resolution of names and
   *     values as the patients)
   * @return the report and what was read
   * @throws CsvInputException the codes of {@link PatientCsvReader}, then of {@link EventCsvReader}
   *     (patients are checked first, as the command line reads them first)
   */
  public SparkResult compute(Dataset<Row> patients, Dataset<Row> events) {
    return run(patients, Objects.requireNonNull(events, "events"));
  }

  private SparkResult run(Dataset<Row> patients, @Nullable Dataset<Row> events) {
    CommuneIndex index = EngineAccess.get().index(engine);
    PatientRules rules = EngineAccess.get().rules(engine);
    Dataset<Row> communes = broadcast(communes(index));
    Dataset<Row> rows = checkedPatients(patients, communes);
    Column[] masks = PatientColumns.masks(rules);
    Column good = col(PatientColumns.CODE).isNull();
    rows = rows.withColumn(DEN, when(good, masks[0]).otherwise(0)).withColumn(NUM, when(good, masks[1]).otherwise(0));
    List<Column> aggs = new ArrayList<>();
    for (int i = 0; i < PatientRules.COUNT; i++) {
      aggs.add(sum(bit(col(DEN), i)).as(slot(2 * i)));
      aggs.add(sum(bit(col(NUM), i)).as(slot(2 * i + 1)));
    }
    long[][] sums = new long[index.areas().size()][Tally.SLOTS];
    long[] appointmentPros = new long[sums.length];
    long[] pathwayPros = new long[sums.length];
    ReadSummary patientSummary = tally(rows, aggs, 0, Tally.PATIENT_SLOTS, sums);
    ReadSummary eventSummary = null;
    if (events != null) {
      Dataset<Row> ev = checkedEvents(events, communes);
      List<Column> evAggs = new ArrayList<>();
      for (int s = Tally.PATIENT_SLOTS; s < Tally.SLOTS; s++) {
        evAggs.add(sum(when(col(COUNTED), EventColumns.slot(s)).otherwise(0L)).as(slot(s)));
      }
      eventSummary = tally(ev, evAggs, Tally.PATIENT_SLOTS, Tally.SLOTS, sums);
      professionals(ev, appointmentPros, pathwayPros);
    }
    return new SparkResult(EngineAccess.get().report(engine, sums, appointmentPros, pathwayPros), patientSummary, eventSummary);
  }

  /** Patient rows resolved, joined to their commune and checked: code and column set for a bad row. */
  private Dataset<Row> checkedPatients(Dataset<Row> patients, Dataset<Row> communes) {
    Dataset<Row> rows = columns(patients.withColumn(ROW, functions.monotonically_increasing_id()), PatientCsvReader.REQUIRED,
        PatientCsvReader.DATES);
    rows = rows.join(communes, col("commune").equalTo(col(DICT_CODE)), "left");
    Column[] check = PatientColumns.codeAndColumn();
    rows = rows.withColumn(PatientColumns.CODE, check[0]).withColumn(PatientColumns.COLUMN, check[1]);
    if (duplicateCheck) {
      Column good = col(PatientColumns.CODE).isNull();
      rows = rows.withColumn(DUP, good.and(row_number().over(Window.partitionBy(col("patient_id"), good).orderBy(col(ROW))).gt(1)))
          .withColumn(PatientColumns.CODE, when(col(DUP), "CPTS-0709").otherwise(col(PatientColumns.CODE)))
          .withColumn(PatientColumns.COLUMN, when(col(DUP), "patient_id").otherwise(col(PatientColumns.COLUMN)));
    }
    return rows;
  }

  /** Event rows resolved, trimmed as the reader trims, joined to their commune, checked, marked if counted. */
  private Dataset<Row> checkedEvents(Dataset<Row> events, Dataset<Row> communes) {
    Dataset<Row> ev = EventColumns.trimmed(columns(events.withColumn(ROW, functions.monotonically_increasing_id()),
        EventCsvReader.REQUIRED, EventColumns.OPTIONAL));
    ev = ev.join(communes, col("commune").equalTo(col(DICT_CODE)), "left");
    Column[] check = EventColumns.codeAndColumn();
    return ev.withColumn(PatientColumns.CODE, check[0]).withColumn(PatientColumns.COLUMN, check[1])
        .withColumn(COUNTED, EventColumns.counted(engine.year()));
  }

  /**
   * For tests: the error code and column of every row (null for a good row), in the dataset's order.
   *
   * @param rows patient or event rows
   * @param events true for event rows
   * @return code then column, by row
   */
  List<String[]> codes(Dataset<Row> rows, boolean events) {
    Dataset<Row> communes = broadcast(communes(EngineAccess.get().index(engine)));
    Dataset<Row> checked = events ? checkedEvents(rows, communes) : checkedPatients(rows, communes);
    List<String[]> out = new ArrayList<>();
    for (Row r : checked.orderBy(col(ROW)).select(col(PatientColumns.CODE), col(PatientColumns.COLUMN)).collectAsList()) {
      out.add(new String[] {r.getString(0), r.getString(1)});
    }
    return out;
  }

  private static String slot(int s) {
    return "s" + s;
  }

  /**
   * Counts checked rows per commune, then (if none is rejected or under the skip policy) adds the
   * slots {@code [from, to)} of the good rows into the per-area sums.
   */
  private ReadSummary tally(Dataset<Row> rows, List<Column> aggs, int from, int to, long[][] sums) {
    Dataset<Row> perCommune = rows.groupBy(col(PatientColumns.CODE), col(PatientColumns.COMMUNE_INDEX), col(AREAS))
        .agg(functions.count(lit(1)).as(ROWS), aggs.toArray(Column[]::new)).persist();
    try {
      ReadSummary summary = summary(perCommune);
      if (policy == ErrorPolicy.STRICT && summary.rejected() > 0) {
        throw firstBadRow(rows);
      }
      areaSums(perCommune, from, to, sums);
      return summary;
    } finally {
      perCommune.unpersist();
    }
  }

  /** The distinct professionals per area and set, counted where the rows are. */
  private static void professionals(Dataset<Row> events, long[] appointmentPros, long[] pathwayPros) {
    Dataset<Row> perArea = events.filter(col(COUNTED)).withColumn(EventColumns.PROFESSIONALS, EventColumns.professionals())
        .filter(col(EventColumns.PROFESSIONALS).isNotNull())
        .select(explode(col(AREAS)).as(AREA), col(EventColumns.PROFESSIONALS), col("professional_rpps"))
        .groupBy(col(AREA), col(EventColumns.PROFESSIONALS)).agg(countDistinct(col("professional_rpps")));
    for (Row r : perArea.collectAsList()) {
      long[] target = r.getInt(1) == EventRules.Professionals.APPOINTMENTS.ordinal() ? appointmentPros : pathwayPros;
      target[r.getInt(0)] = r.getLong(2);
    }
  }

  private static Column bit(Column mask, int i) {
    return shiftright(mask, i).bitwiseAND(1).cast("long");
  }

  /** The required and optional columns as strings, names as the CSV readers resolve them, and the short-row mark. */
  private static Dataset<Row> columns(Dataset<Row> in, List<String> required, List<String> optional) {
    Map<String, String> byName = new HashMap<>();
    for (String name : in.columns()) {
      if (name.equals(ROW) || name.equals(PatientColumns.SHORT_ROW)) {
        continue;
      }
      String key = name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
      if (byName.put(key, name) != null) {
        throw CsvInputException.header("CPTS-0716", Redaction.name(key));
      }
    }
    List<Column> out = new ArrayList<>();
    out.add(col(ROW));
    for (String r : required) {
      String name = byName.get(r);
      if (name == null) {
        throw CsvInputException.header("CPTS-0700", r, String.join(",", required));
      }
      out.add(col(quote(name)).cast(DataTypes.StringType).as(r));
    }
    for (String d : optional) {
      String name = byName.get(d);
      out.add((name == null ? lit(null) : col(quote(name))).cast(DataTypes.StringType).as(d));
    }
    boolean marked = java.util.Arrays.asList(in.columns()).contains(PatientColumns.SHORT_ROW);
    out.add((marked ? col(PatientColumns.SHORT_ROW) : lit(null)).cast(DataTypes.StringType).as(PatientColumns.SHORT_ROW));
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

  private static void areaSums(Dataset<Row> perCommune, int from, int to, long[][] out) {
    List<Column> sums = new ArrayList<>();
    for (int s = from; s < to; s++) {
      sums.add(sum(col(slot(s))).as(slot(s)));
    }
    Dataset<Row> perArea = perCommune.filter(col(PatientColumns.CODE).isNull())
        .withColumn(AREA, explode(col(AREAS))).groupBy(col(AREA)).agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
    for (Row r : perArea.collectAsList()) {
      int a = r.getInt(0);
      for (int s = from; s < to; s++) {
        out[a][s] = r.isNullAt(s - from + 1) ? 0 : r.getLong(s - from + 1);
      }
    }
  }
}
