package io.github.cptssdk.spark.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.indicators.CareEvent;
import io.github.cptssdk.indicators.csv.EventCsvReader;
import io.github.cptssdk.indicators.csv.internal.Fields;
import io.github.cptssdk.indicators.internal.EventRules;
import io.github.cptssdk.indicators.internal.Tally;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The checks of {@link EventCsvReader} and the counting rules of {@link EventRules} as Spark columns,
 * over string columns named as in {@link EventCsvReader#REQUIRED} and {@link #OPTIONAL}. The checks run
 * in the reader's order, so that a bad row gets the reader's code and column; the counters, the
 * reference year and the professional sets come from {@link EventRules} (one source of truth).
 */
public final class EventColumns {

  /** The optional columns of the event CSV. */
  public static final List<String> OPTIONAL = List.of("professional_rpps", "honoured", "participants");
  /** The professional set of a counted event with an RPPS number (ordinal of {@link EventRules.Professionals}), else null. */
  public static final String PROFESSIONALS = "__cpts_pros";

  /** The values the reader trims (Java's {@link String#trim()}); null becomes empty. */
  private static final List<String> TRIMMED = List.of("commune", "kind", "professional_rpps", "honoured", "participants");

  private static final UserDefinedFunction TRIM = functions.udf(
      (UDF1<String, String>) s -> s == null ? "" : s.trim(), DataTypes.StringType).asNonNullable();
  private static final UserDefinedFunction DAY = functions.udf(
      (UDF1<String, Integer>) s -> s == null ? 0 : day(s), DataTypes.IntegerType).asNonNullable();
  private static final UserDefinedFunction VALID_COMMUNE = functions.udf(
      (UDF1<String, Boolean>) s -> s != null && CommuneCode.isValid(s), DataTypes.BooleanType).asNonNullable();
  private static final UserDefinedFunction RPPS = functions.udf(
      (UDF1<String, Boolean>) s -> {
        byte[] b = ascii(s);
        return Fields.rppsOrEmpty(b, 0, b.length);
      }, DataTypes.BooleanType).asNonNullable();
  /** Participants as the reader reads them: 0 if empty, -1 if bad. */
  private static final UserDefinedFunction PARTICIPANTS = functions.udf(
      (UDF1<String, Integer>) s -> {
        if (s.isEmpty()) {
          return 0;
        }
        byte[] b = ascii(s);
        int p = Fields.digits(b, 0, b.length);
        return p < 0 || p > 1_000_000 ? -1 : p;
      }, DataTypes.IntegerType).asNonNullable();

  private EventColumns() {}

  private static int day(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return Fields.day(b, 0, b.length);
  }

  /** @return the ASCII bytes, a non-ASCII character becoming {@code ?} (never a digit), as the reader */
  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * @param events the resolved columns
   * @return the same rows with the values the reader trims trimmed (null as empty)
   */
  public static Dataset<Row> trimmed(Dataset<Row> events) {
    Dataset<Row> out = events;
    for (String c : TRIMMED) {
      out = out.withColumn(c, TRIM.apply(col(c)));
    }
    return out;
  }

  /** @return the error code of a row (null if good), then the column it names, in the reader's order */
  public static Column[] codeAndColumn() {
    String[] kinds = Arrays.stream(CareEvent.Kind.values()).map(Enum::name).toArray(String[]::new);
    List<Object[]> checks = List.of(
        new Object[] {"CPTS-0702", "", col(PatientColumns.SHORT_ROW).isNotNull()},
        new Object[] {"CPTS-0708", "date", DAY.apply(col("date")).leq(0)},
        new Object[] {"CPTS-0705", "commune", col(PatientColumns.COMMUNE_INDEX).isNull().and(functions.not(VALID_COMMUNE.apply(col("commune"))))},
        new Object[] {"CPTS-0706", "commune", col(PatientColumns.COMMUNE_INDEX).isNull()},
        new Object[] {"CPTS-0714", "kind", functions.not(coalesce(col("kind").isin((Object[]) kinds), lit(false)))},
        new Object[] {"CPTS-0711", "professional_rpps", functions.not(RPPS.apply(col("professional_rpps")))},
        new Object[] {"CPTS-0707", "honoured", functions.not(col("honoured").isin("", "0", "1"))},
        new Object[] {"CPTS-0715", "participants", PARTICIPANTS.apply(col("participants")).lt(0)});
    Column code = null;
    Column column = null;
    for (Object[] c : checks) {
      Column bad = (Column) c[2];
      code = code == null ? when(bad, c[0]) : code.when(bad, c[0]);
      column = column == null ? when(bad, c[1]) : column.when(bad, c[1]);
    }
    return new Column[] {code, column};
  }

  /**
   * @param year the reference year
   * @return true for a good row that counts for the year ({@link EventRules#start}, {@link EventRules#end})
   */
  public static Column counted(int year) {
    Column day = DAY.apply(col("date"));
    return col(PatientColumns.CODE).isNull().and(day.geq(EventRules.start(year))).and(day.lt(EventRules.end(year)));
  }

  /**
   * @param slot a {@link Tally} event slot ({@link Tally#PATIENT_SLOTS} to {@link Tally#SLOTS} - 1)
   * @return what a good row adds to the slot, by the rules of {@link EventRules#RULES}
   */
  public static Column slot(int slot) {
    Column out = lit(0L);
    for (EventRules.Rule r : EventRules.RULES) {
      Column kind = col("kind").equalTo(r.kind().name());
      if (r.count() == slot) {
        out = out.plus(when(kind, 1L).otherwise(0L));
      }
      if (r.honoured() == slot) {
        out = out.plus(when(kind.and(col("honoured").equalTo("1")), 1L).otherwise(0L));
      }
      if (r.participants() == slot) {
        out = out.plus(when(kind, PARTICIPANTS.apply(col("participants")).cast("long")).otherwise(0L));
      }
    }
    return out;
  }

  /** @return the professional set of a row with an RPPS number (see {@link #PROFESSIONALS}), else null */
  public static Column professionals() {
    Column out = null;
    for (EventRules.Rule r : EventRules.RULES) {
      if (r.professionals() != EventRules.Professionals.NONE) {
        Column kind = col("kind").equalTo(r.kind().name()).and(col("professional_rpps").notEqual(""));
        out = out == null ? when(kind, r.professionals().ordinal()) : out.when(kind, r.professionals().ordinal());
      }
    }
    return out == null ? lit(null).cast("int") : out;
  }
}
