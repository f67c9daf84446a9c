package io.github.cptssdk.indicators.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.indicators.CareEvent;
import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.ErrorPolicy;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.IndicatorAccumulator;
import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorResult;
import io.github.cptssdk.indicators.ReadSummary;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCsvTest {

  @TempDir
  Path dir;

  @Test
  void eventsFeedTheSasAndActionIndicators() {
    String csv = "date,commune,kind,professional_rpps,honoured,participants\n"
        + "2025-03-01,34301,SAS_APPOINTMENT,10000000001,1,\n"
        + "2025-03-02,34108,SAS_APPOINTMENT,10000000002,0,\n"
        + "2025-03-02,34108,SNP_APPOINTMENT,10000000001,1,\n"
        + "2024-12-31,34301,SAS_APPOINTMENT,10000000003,1,\n"
        + "2025-05-01,34301,PATHWAY,10000000001,,\n"
        + "2025-05-01,34301,PATHWAY,10000000004,,\n"
        + "2025-06-01,34157,PREVENTION_EVENT,,,35\n";
    IndicatorEngine engine = IndicatorEngine.builder().referential(TestReferential.get())
        .territories(java.util.Map.of(CptsId.of("cpts-sete"), TestReferential.get().epciTerritory(
            io.github.cptssdk.core.id.EpciCode.parse(TestReferential.SETE_EPCI)))).year(2025).build();
    IndicatorAccumulator acc = engine.newAccumulator();
    ReadSummary s = EventCsvReader.of(engine.dictionary()).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), acc::accept);
    assertThat(s.accepted()).isEqualTo(7);
    var report = acc.report();
    List<IndicatorResult> r = report.unmasked(report.cpts(CptsId.of("cpts-sete")).orElseThrow());
    assertThat(r.get(Indicator.SAS_APPOINTMENTS_HONOURED.ordinal())).extracting(IndicatorResult::numerator, IndicatorResult::denominator)
        .containsExactly(1L, 2L);
    assertThat(r.get(Indicator.SNP_APPOINTMENTS_HONOURED.ordinal()).numerator()).isEqualTo(1);
    assertThat(r.get(Indicator.SAS_PROFESSIONALS.ordinal()).numerator()).isEqualTo(2);
    assertThat(r.get(Indicator.PATHWAYS_WRITTEN.ordinal()).numerator()).isEqualTo(2);
    assertThat(r.get(Indicator.PATHWAY_PROFESSIONALS.ordinal()).numerator()).isEqualTo(2);
    assertThat(r.get(Indicator.PREVENTION_EVENTS.ordinal()).numerator()).isEqualTo(1);
    assertThat(r.get(Indicator.PREVENTION_PARTICIPANTS.ordinal()).numerator()).isEqualTo(35);
    // professionals and pathways are not patient data: never masked; participants (35) published
    assertThat(report.published(report.cpts(CptsId.of("cpts-sete")).orElseThrow()).get(Indicator.PATHWAYS_WRITTEN.ordinal())
        .suppression().masked()).isFalse();
  }

  @Test
  void badEventsAreReported() {
    CommuneDictionary dict = CommuneDictionary.of(TestReferential.get());
    String csv = "date,commune,kind,participants\n2025-01-01,34301,PARTY,\n2025-13-01,34301,PATHWAY,\n2025-01-01,34301,PREVENTION_EVENT,-3\n";
    assertThatThrownBy(() -> EventCsvReader.of(dict).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), e -> { }))
        .isInstanceOfSatisfying(CsvInputException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0714"));
    List<CareEvent> out = new ArrayList<>();
    ReadSummary s = EventCsvReader.of(dict).withPolicy(ErrorPolicy.SKIP)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), out::add);
    assertThat(s.rejectedByCode()).containsEntry("CPTS-0714", 1L).containsEntry("CPTS-0708", 1L).containsEntry("CPTS-0715", 1L);
  }

  @Test
  void eventRppsAndParticipantsAreAsciiDigits() {
    CommuneDictionary dict = CommuneDictionary.of(TestReferential.get());
    String csv = "date,commune,kind,professional_rpps,participants\n"
        + "2025-01-01,34301,PATHWAY, 10000000001 ,\n"
        + "2025-01-01,34301,PATHWAY,1000000000,\n"
        + "2025-01-01,34301,PATHWAY,\u0661\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0661,\n"
        + "2025-01-01,34301,PATHWAY,1000000000\uD83D\uDE00,\n"
        + "2025-01-01,34301,PREVENTION_EVENT,,1\uD83D\uDE00\n"
        + "2025-01-01,34301,PREVENTION_EVENT,,\u0661\n";
    List<CareEvent> out = new ArrayList<>();
    ReadSummary s = EventCsvReader.of(dict).withPolicy(ErrorPolicy.SKIP)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), out::add);
    assertThat(out).extracting(CareEvent::professionalRpps).containsExactly("10000000001");
    assertThat(s.rejectedByCode()).containsOnly(entry("CPTS-0711", 3L), entry("CPTS-0715", 2L));
  }

  @Test
  void territoriesAndCommuneTables() throws IOException {
    Path t = Files.writeString(dir.resolve("t.csv"), "cpts_id,commune\ncpts-a,34301\ncpts-a,34108\ncpts-b,75056\n");
    var map = TerritoryCsv.territories(t);
    assertThat(map).containsOnlyKeys(CptsId.of("cpts-a"), CptsId.of("cpts-b"));
    assertThat(map.get(CptsId.of("cpts-a")).size()).isEqualTo(2);
    Path bad = Files.writeString(dir.resolve("b.csv"), "cpts_id,commune\nCPTS A,34301\n");
    assertThatThrownBy(() -> TerritoryCsv.territories(bad))
        .isInstanceOfSatisfying(CsvInputException.class, e -> assertThat(e.code()).isEqualTo("CPTS-0717"));
    Path c = Files.writeString(dir.resolve("c.csv"), "code,name,department,region,epci,population\n"
        + "34301,Sète,34,76,243400769,44000\n75101,Paris 1er,75,11,,16000\n");
    var table = TerritoryCsv.communes(c);
    assertThat(table.communes()).hasSize(1);
    assertThat(table.municipalArrondissements()).hasSize(1);
    assertThat(table.epcis()).hasSize(1);
    assertThat(table.profile(io.github.cptssdk.core.territory.Territory.parse("34301", "34999")).unknownCodes()).hasSize(1);
  }
}
