package io.github.cptssdk.cli.report;

import java.util.List;
import java.util.Objects;

/**
 * The report's section on a CPTS followed over its contract years: the indicator and the funding per year
 * as charts, the table of the years and the payment schedule of the whole contract. Renders values already
 * computed; an unknown amount is shown as unknown, never as zero.
 */
public final class HistorySection {

  /**
   * One contract year.
   *
   * @param year contract year, 1-based
   * @param indicatorYear the calendar year measured
   * @param period the days of the contract year, as shown
   * @param version the ACI version applied
   * @param sizeBand the size band, as shown
   * @param trajectory the share the synthetic population was drawn with, in percent
   * @param measured the share measured, in percent
   * @param earnedCents the known earned amount of the year
   * @param variableCents the part of it earned by the missions' variable parts
   * @param unknownLines how many lines of the year have an unknown amount (not counted)
   */
  public record YearRow(int year, int indicatorYear, String period, String version, String sizeBand, double trajectory,
      double measured, long earnedCents, long variableCents, int unknownLines) {}

  /**
   * What the section shows.
   *
   * @param cptsName the CPTS
   * @param source where the trajectory comes from, as shown
   * @param indicator the indicator's label
   * @param line the contract line's label
   * @param baseline the line's baseline, in percent
   * @param target the line's target, in percent
   * @param years the years, year 1 first
   * @param schedule the payments of every year, in date order
   * @param totalCents the known earned amount of every year (the schedule's sum)
   * @param unknowns the lines whose amount is unknown, as shown (year, line, reason)
   */
  public record Data(String cptsName, String source, String indicator, String line, double baseline, double target,
      List<YearRow> years, List<ReportData.Payment> schedule, long totalCents, List<String> unknowns) {
    public Data {
      Objects.requireNonNull(cptsName, "cptsName");
      years = List.copyOf(years);
      schedule = List.copyOf(schedule);
      unknowns = List.copyOf(unknowns);
    }
  }

  private HistorySection() {}

  /** @return the HTML section */
  public static String html(Data d) {
    StringBuilder h = new StringBuilder("<section id=\"history\"><h2>Suivi sur les années du contrat : ")
        .append(HtmlReport.escape(d.cptsName())).append("</h2><p class=\"note\">Historique synthétique : une population ")
        .append("synthétique par année de contrat, mesurée par le moteur d'indicateurs, notée sur la ligne du contrat « ")
        .append(HtmlReport.escape(d.line())).append(" » (référence ").append(HtmlReport.percent(d.baseline()))
        .append(", cible ").append(HtmlReport.percent(d.target())).append("). Trajectoire : ")
        .append(HtmlReport.escape(d.source())).append(".</p><h3>").append(HtmlReport.escape(d.indicator())).append("</h3>")
        .append(Svg.historyIndicatorChart(d.years(), d.baseline(), d.target()))
        .append("<h3>Financement par année</h3>").append(Svg.historyFundingChart(d.years()))
        .append("<table><tr><th>Année</th><th>Période</th><th>Version</th><th>Taille</th><th class=\"n\">Trajectoire</th>")
        .append("<th class=\"n\">Mesuré</th><th class=\"n\">Perçu</th><th class=\"n\">dont variable</th>")
        .append("<th class=\"n\">Lignes inconnues</th></tr>");
    for (YearRow y : d.years()) {
      h.append("<tr><td>").append(y.year()).append("</td><td>").append(HtmlReport.escape(y.period())).append("</td><td>")
          .append(HtmlReport.escape(y.version())).append("</td><td>").append(HtmlReport.escape(y.sizeBand()))
          .append("</td><td class=\"n\">").append(HtmlReport.percent(y.trajectory())).append("</td><td class=\"n\">")
          .append(HtmlReport.percent(y.measured())).append("</td><td class=\"n\">").append(HtmlReport.euros(y.earnedCents()))
          .append("</td><td class=\"n\">").append(HtmlReport.euros(y.variableCents())).append("</td><td class=\"n\">")
          .append(y.unknownLines()).append("</td></tr>");
    }
    h.append("</table>");
    if (!d.unknowns().isEmpty()) {
      h.append("<p class=\"note\">Montants inconnus (non comptés) : ").append(HtmlReport.escape(String.join(" ; ", d.unknowns())))
          .append("</p>");
    }
    h.append("<h3>Échéancier des versements sur cinq ans</h3><table><tr><th>Date</th><th>Versement</th>")
        .append("<th class=\"n\">Montant</th></tr>");
    for (ReportData.Payment p : d.schedule()) {
      h.append("<tr><td>").append(p.date()).append("</td><td>").append(HtmlReport.escape(p.label()))
          .append("</td><td class=\"n\">").append(HtmlReport.euros(p.cents())).append("</td></tr>");
    }
    return h.append("<tr><th></th><th>Total</th><th class=\"n\">").append(HtmlReport.euros(d.totalCents()))
        .append("</th></tr></table></section>").toString();
  }
}
