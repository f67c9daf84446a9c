package io.github.cptssdk.spark.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import io.github.cptssdk.indicators.csv.internal.Fields;
import io.github.cptssdk.indicators.internal.PatientRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The rules of the patient CSV reader and of {@link PatientRules} as Spark columns, over string
 * columns named as in {@link PatientCsvReader#REQUIRED} and {@link PatientCsvReader#DATES}. The
 * checks run in the reader's order, so that a bad row gets the reader's code and column; the
 * indicator masks come from the tables and windows of {@link PatientRules} (one source of truth).
 */
public final class PatientColumns {

  /** The commune index column added by the dictionary join (null for an unknown commune). */
  public static final String COMMUNE_INDEX = "__cpts_commune";
  /** The error code column (null for a good row). */
  public static final String CODE = "__cpts_code";
  /** The column of the error code. */
  public static final String COLUMN = "__cpts_column";
  /** Not null for a CSV row with another number of fields than the header (Spark's corrupt-record column). */
  public static final String SHORT_ROW = "__cpts_short_row";

  private static final UserDefinedFunction DAY = functions.udf(
      (UDF1<String, Integer>) s -> s == null ? 0 : Fields.day(ascii(s), 0, ascii(s).length), DataTypes.IntegerType)
      .asNonNullable();
  private static final UserDefinedFunction VALID_COMMUNE = functions.udf(
      (UDF1<String, Boolean>) CommuneCode::isValid, DataTypes.BooleanType);

  private PatientColumns() {}

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The checks of the reader, in its order: code, column. */
  private static List<String[]> checks() {
    return List.of(new String[] {"CPTS-0702", ""}, new String[] {"CPTS-0703", "birth_year"}, new String[] {"CPTS-0704", "sex"},
        new String[] {"CPTS-0705", "commune"}, new String[] {"CPTS-0706", "commune"},
        new String[] {"CPTS-0711", "treating_doctor_rpps"}, new String[] {"CPTS-0707", "ald"},
        new String[] {"CPTS-0707", "c2s"}, new String[] {"CPTS-0708", PatientCsvReader.DATES.get(0)},
        new String[] {"CPTS-0708", PatientCsvReader.DATES.get(1)}, new String[] {"CPTS-0708", PatientCsvReader.DATES.get(2)},
        new String[] {"CPTS-0708", PatientCsvReader.DATES.get(3)}, new String[] {"CPTS-0710", "patient_id"});
  }

  private static Column bad(String code, String column) {
    if (code.equals("CPTS-0702")) {
      return col(SHORT_ROW).isNotNull();
    }
    Column c = col(column);
    return switch (code) {
      case "CPTS-0703" -> not(c.rlike("^[0-9]{4}$").and(c.try_cast("int").between(1850, 2200)));
      case "CPTS-0704" -> not(c.isin("M", "m", "1", "F", "f", "2"));
      case "CPTS-0705" -> col(COMMUNE_INDEX).isNull().and(not(functions.length(c).equalTo(5).and(VALID_COMMUNE.apply(c))));
      case "CPTS-0706" -> col(COMMUNE_INDEX).isNull();
      case "CPTS-0711" -> c.isNotNull().and(c.notEqual("")).and(not(c.rlike("^[0-9]{11}$")));
      case "CPTS-0707" -> not(c.isin("0", "1"));
      case "CPTS-0708" -> DAY.apply(c).lt(0);
      default -> c.isNull().or(c.equalTo(""));
    };
  }

  /** @return null for a true condition, else false (a null value fails the check) */
  private static Column not(Column ok) {
    return functions.not(coalesce(ok, lit(false)));
  }

  /** @return the error code of a row (null if good), then the column it names */
  public static Column[] codeAndColumn() {
    Column code = null;
    Column column = null;
    for (String[] check : checks()) {
      Column b = bad(check[0], check[1]);
      code = code == null ? when(b, check[0]) : code.when(b, check[0]);
      column = column == null ? when(b, check[1]) : column.when(b, check[1]);
    }
    return new Column[] {code, column};
  }

  /**
   * @param rules the rules of the reference year
   * @return the denominator bits (index 0) and numerator bits (index 1) of a good row, by indicator
   *     ordinal, exactly as {@link PatientRules#masks}
   */
  public static Column[] masks(PatientRules rules) {
    Column age = lit(rules.year()).minus(col("birth_year").try_cast("int"));
    Column flags = when(col("sex").isin("F", "f", "2"), PatientBatch.FEMALE).otherwise(0)
        .bitwiseOR(when(col("treating_doctor_rpps").isNotNull().and(col("treating_doctor_rpps").notEqual("")),
            PatientBatch.HAS_MT).otherwise(0))
        .bitwiseOR(when(col("ald").equalTo("1"), PatientBatch.ALD).otherwise(0))
        .bitwiseOR(when(col("c2s").equalTo("1"), PatientBatch.C2S).otherwise(0));
    Column key = least(age, lit(127)).multiply(16).plus(flags).plus(1);
    Column den = when(age.lt(0), 0).otherwise(element_at(lit(rules.denominatorTable()), key));
    Column num = when(age.lt(0), 0).otherwise(element_at(lit(rules.numeratorTable()), key));
    for (PatientRules.Window w : rules.windows()) {
      int bit = 1 << w.indicator().ordinal();
      Column day = DAY.apply(col(PatientCsvReader.DATES.get(w.act().ordinal())));
      num = num.bitwiseOR(when(den.bitwiseAND(bit).notEqual(0).and(age.between(w.minAge(), w.maxAge()))
          .and(day.geq(w.start())).and(day.lt(w.end())), bit).otherwise(0));
    }
    return new Column[] {den, num};
  }}
