package io.github.cptssdk.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.desk.DeskMeasure;
import io.github.cptssdk.desk.Step;
import io.github.cptssdk.desk.io.DeskJson;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDeskTest {

  private static DemoDesk.Year year;

  @BeforeAll
  static void run() {
    Territory thau = CommuneReferential.official().epciTerritory(EpciCode.parse("200066355"));
    year = DemoDesk.year("CPTS du Bassin de Thau", thau, 2025, 20250101L);
  }

  @Test
  void aSeededYearWithMatchesABacklogAndDeclaredMedecinsTraitants() {
    assertThat(year.months()).hasSize(12);
    assertThat(year.months()).allSatisfy(m -> assertThat(m.proposed()).isPositive().isLessThanOrEqualTo(4 * 40));
    assertThat(year.report().value(DeskMeasure.parse("RECEIVED")).published().orElse(-1)).isGreaterThan(1_000);
    assertThat(year.report().value(DeskMeasure.parse("FOUND_GP")).published().orElse(-1)).isGreaterThan(100);
    assertThat(year.report().value(DeskMeasure.parse("BACKLOG")).published().orElse(-1)).isGreaterThan(0);
    assertThat(year.history()).anyMatch(r -> r.status() == Step.DECLINED);
    DemoDesk.Year again = DemoDesk.year("CPTS du Bassin de Thau", 
        CommuneReferential.official().epciTerritory(EpciCode.parse("200066355")), 2025, 20250101L);
    assertThat(again.history()).isEqualTo(year.history());
  }

  @Test
  void theHistoryRoundTripsAndTheReportShowsTheDesk() {
    byte[] json = DeskJson.writeHistory(year.history()).getBytes(StandardCharsets.UTF_8);
    assertThat(DeskJson.readHistory(json, CommuneReferential.official())).isEqualTo(year.history());
    String html = DemoDesk.withSection("<html><main></main></html>", Optional.of(year));
    assertThat(html).contains("Guichet médecin traitant", "En attente en fin de période", "décembre")
        .doesNotContain("SETE-0");
  }
}
