package io.github.cptssdk.cli.report;

import io.github.cptssdk.cli.report.ReportData.CptsSection;
import io.github.cptssdk.cli.report.ReportData.Finding;
import io.github.cptssdk.cli.report.ReportData.FundingBar;
import io.github.cptssdk.cli.report.ReportData.IndicatorRow;
import io.github.cptssdk.cli.report.ReportData.Overlap;
import io.github.cptssdk.cli.report.ReportData.Payment;
import io.github.cptssdk.cli.report.ReportData.RegionalView;
import io.github.cptssdk.cli.report.ReportData.TerritoryLine;
import java.time.LocalDate;
import java.util.List;

/** Report data for rendering tests (figures are illustrative, not computed). */
final class SampleReports {

  private SampleReports() {}

  static ReportData one(String name) {
    CptsSection s = new CptsSection("cpts-test", name,
        new TerritoryLine(126_000, 14, List.of("34"), "Taille 3", "Avenant 2"),
        List.of(new Finding("WARNING", "CPTS-0450", "missions[1].startedOn", "Mission démarrée avec 12 jours de retard")),
        List.of(new IndicatorRow("MT_17", "Patients 17+ sans médecin traitant", "ACCESS_TO_CARE", 9.8, 11.2, 9.0, false, false, 10_123L, 103_300L),
            new IndicatorRow("C2S_ALD", "C2S avec ALD sans médecin traitant", "ACCESS_TO_CARE", null, null, null, true, false, null, null),
            new IndicatorRow("BREAST", "Dépistage du cancer du sein", "PREVENTION", 48.2, 45.0, 50.0, false, true, 8_000L, 16_600L)),
        List.of(new FundingBar("Fonctionnement", 7_500_000, 7_500_000L),
            new FundingBar("Accès aux soins : part fixe", 9_000_000, 9_000_000L),
            new FundingBar("Accès aux soins : part variable", 2_100_000, 3_500_000L),
            new FundingBar("Crise sanitaire : part fixe", 2_250_000, null)),
        List.of(new Payment(LocalDate.of(2025, 11, 15), "Avance 75 %", 13_500_000),
            new Payment(LocalDate.of(2026, 11, 15), "Solde", 7_350_000)),
        20_850_000, null, List.of("Crise sanitaire (taille 3) : montant national inconnu"));
    RegionalView r = new RegionalView("Hérault (34)", 1_200_000, 400_000,
        List.of(new Overlap("34301", "Sète", List.of("CPTS A", "CPTS B"), 44_000)), 800_000, 250, List.of("Montpellier"));
    return new ReportData("Démonstration cpts-sdk", LocalDate.of(2026, 11, 23), "données d'exemple", List.of(s), r);
  }
}
