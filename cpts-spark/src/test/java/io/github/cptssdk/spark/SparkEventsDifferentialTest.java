package io.github.cptssdk.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.CareEvent;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.PatientRecord;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.indicators.testing.PatientArbitraries;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * With care events, the Spark report equals the in-memory report (SAS/SNP honoured rates, distinct
 * professionals per area, pathways, prevention events and participants), for any events, areas,
 * threshold and partitioning; events outside the reference year are read and not counted.
 */
class SparkEventsDifferentialTest {

  static final StructType SCHEMA = new StructType().add("date", DataTypes.StringType).add("commune", DataTypes.StringType)
      .add("kind", DataTypes.StringType).add("professional_rpps", DataTypes.StringType).add("honoured", DataTypes.StringType)
      .add("participants", DataTypes.StringType);

  @Provide
  Arbitrary<List<CareEvent>> events() {
    Arbitrary<LocalDate> date = Arbitraries.integers().between(-400, 800).map(d -> LocalDate.of(PatientArbitraries.YEAR, 1, 1).plusDays(d));
    Arbitrary<CommuneCode> commune = Arbitraries.of(PatientArbitraries.codes(TestReferential.get()));
    // a small pool of professionals, so that one is seen in several communes and areas
    Arbitrary<String> rpps = Arbitraries.integers().between(0, 30).map(i -> String.format("810000000%02d", i)).injectNull(0.2);
    return Combinators.combine(date, commune, Arbitraries.of(CareEvent.Kind.values()), rpps, Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 1_000)).as(CareEvent::new).list().ofMaxSize(3_000);
  }

  @Provide
  Arbitrary<List<PatientRecord>> patients() {
    return PatientArbitraries.patients(TestReferential.get()).list().ofMaxSize(2_000);
  }

  @Provide
  Arbitrary<Map<CptsId, Territory>> territories() {
    return PatientArbitraries.territories(TestReferential.get());
  }

  @Property(tries = 6, shrinking = ShrinkingMode.OFF)
  void sparkReportWithEventsEqualsInMemoryReport(@ForAll("patients") List<PatientRecord> patients,
      @ForAll("events") List<CareEvent> events, @ForAll("territories") Map<CptsId, Territory> territories,
      @ForAll @IntRange(min = 1, max = 5) int partitions, @ForAll @IntRange(min = 1, max = 20) int threshold) {
    IndicatorEngine engine = IndicatorEngine.builder().referential(TestReferential.get()).territories(territories)
        .year(PatientArbitraries.YEAR).suppression(SuppressionPolicy.of(threshold)).build();
    IndicatorAccumulator acc = engine.newAccumulator();
    patients.forEach(acc::accept);
    events.forEach(acc::accept);
    SparkResult actual = SparkIndicators.of(engine, SharedSpark.get()).withPolicy(ErrorPolicy.SKIP).withDuplicateCheck(false)
        .compute(PatientRows.of(patients, partitions), of(events, partitions));
    assertThat(actual.events()).isNotNull();
    assertThat(actual.events().rejectedByCode()).isEmpty();
    assertThat(actual.events().rows()).isEqualTo(events.size());
    SparkDifferentialTest.assertSame(actual.report(), acc.report());
  }

  static Row row(CareEvent e) {
    return RowFactory.create(e.date().toString(), e.commune().value(), e.kind().name(), e.professionalRpps(),
        e.honoured() ? "1" : "0", String.valueOf(e.participants()));
  }

  static Dataset<Row> of(List<CareEvent> events, int partitions) {
    List<Row> rows = new ArrayList<>();
    events.forEach(e -> rows.add(row(e)));
    return SharedSpark.get().createDataFrame(rows, SCHEMA).repartition(partitions);
  }
}
