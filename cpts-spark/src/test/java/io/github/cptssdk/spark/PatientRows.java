package io.github.cptssdk.spark;

import io.github.cptssdk.indicators.PatientRecord;
import io.github.cptssdk.indicators.PreventionAct;
import io.github.cptssdk.indicators.Sex;
import io.github.cptssdk.indicators.csv.PatientCsvReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Patient records as string rows with the CSV columns, the way a team's table would hold them. */
final class PatientRows {

  static final StructType SCHEMA;

  static {
    StructType s = new StructType();
    for (String c : PatientCsvReader.REQUIRED) {
      s = s.add(c, DataTypes.StringType);
    }
    for (String c : PatientCsvReader.DATES) {
      s = s.add(c, DataTypes.StringType);
    }
    SCHEMA = s;
  }

  private PatientRows() {}

  static Row row(PatientRecord p) {
    List<Object> v = new ArrayList<>(List.of(p.patientId(), String.valueOf(p.birthYear()), p.sex() == Sex.FEMALE ? "F" : "M",
        p.commune().value(), p.hasTreatingDoctor() ? "81000000000" : "", p.ald() ? "1" : "0", p.c2s() ? "1" : "0"));
    for (PreventionAct act : PreventionAct.values()) {
      v.add(p.lastAct(act).map(LocalDate::toString).orElse(null));
    }
    return RowFactory.create(v.toArray());
  }

  static Dataset<Row> of(List<PatientRecord> patients, int partitions) {
    return SharedSpark.get().createDataFrame(patients.stream().map(PatientRows::row).toList(), SCHEMA).repartition(partitions);
  }

  /** Rows given as string values in the order of {@link #SCHEMA} (null for an empty field). */
  static Dataset<Row> raw(List<String[]> rows) {
    return SharedSpark.get().createDataFrame(rows.stream().map(r -> RowFactory.create((Object[]) r)).toList(), SCHEMA);
  }
}
