package io.github.cptssdk.cli.report;

import io.github.cptssdk.desk.DeskCount;
import io.github.cptssdk.desk.DeskMeasure;
import io.github.cptssdk.desk.DeskReport;
import io.github.cptssdk.indicators.SuppressionPolicy;
import java.util.List;
import java.util.Map;

/** The report's section on the médecin-traitant desk: the year's indicators and each month's matches and backlog. */
public final class DeskSection {

  /** One month: its label, the proposals made and the backlog at its end. */
  public record MonthRow(String month, long proposed, long backlog) {}

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("RECEIVED", "Demandes reçues"), Map.entry("FOUND_GP", "Patients ayant trouvé un médecin traitant"),
      Map.entry("FOUND_GP_16_PLUS", "dont 16 ans et plus"), Map.entry("MEDIAN_DAYS_TO_GP", "Délai médian (jours)"),
      Map.entry("P90_DAYS_TO_GP", "Délai 90e centile (jours)"), Map.entry("BACKLOG", "En attente en fin de période"));

  private DeskSection() {}

  /**
   * @param name the CPTS name
   * @param report the year's report
   * @param months the months
   * @return the HTML section
   */
  public static String html(String name, DeskReport report, List<MonthRow> months) {
    StringBuilder h = new StringBuilder("<section><h2>Guichet médecin traitant : ").append(HtmlReport.escape(name))
        .append("</h2><p class=\"note\">Données synthétiques. Priorité CNAM : ALD, puis 70 ans et plus, puis C2S ; ")
        .append("à égalité, la plus longue attente. Effectifs de 1 à ").append(report.threshold() - 1)
        .append(" masqués.</p><table><tr><th>Indicateur (").append(report.period()).append(")</th>")
        .append("<th class=\"n\">Tous</th><th class=\"n\">ALD</th><th class=\"n\">70 ans et plus</th><th class=\"n\">C2S</th></tr>");
    report.values().keySet().stream().filter(m -> m.fragility() == null).forEach(m -> {
      h.append("<tr><td>").append(HtmlReport.escape(LABELS.getOrDefault(m.kind().name(), m.kind().name()))).append("</td>")
          .append(cell(report.value(m)));
      for (String f : List.of("ALD", "AGED_70_PLUS", "C2S")) {
        DeskMeasure split = hasSplit(m) ? DeskMeasure.parse(m.kind() + ":" + f) : null;
        h.append(split == null ? "<td class=\"n\">–</td>" : cell(report.value(split)));
      }
      h.append("</tr>");
    });
    h.append("</table><table><tr><th>Mois</th><th class=\"n\">Propositions</th><th class=\"n\">En attente fin de mois</th></tr>");
    SuppressionPolicy policy = SuppressionPolicy.of(report.threshold());
    for (MonthRow m : months) {
      h.append("<tr><td>").append(HtmlReport.escape(m.month())).append("</td>").append(cell(DeskCount.of(m.proposed(), policy)))
          .append(cell(DeskCount.of(m.backlog(), policy))).append("</tr>");
    }
    return h.append("</table></section>").toString();
  }

  private static boolean hasSplit(DeskMeasure m) {
    return m.kind() == DeskMeasure.Kind.RECEIVED || m.kind() == DeskMeasure.Kind.FOUND_GP || m.kind() == DeskMeasure.Kind.BACKLOG;
  }

  private static String cell(DeskCount c) {
    return "<td class=\"n\">" + (c.masked() ? "masqué" : HtmlReport.integer(c.value())) + "</td>";
  }

  /**
   * @param html the rendered report
   * @param section a section to add at the end of its main part
   * @return the report with the section
   */
  public static String into(String html, String section) {
    int at = html.lastIndexOf("</main>");
    return at < 0 ? html + section : html.substring(0, at) + section + html.substring(at);
  }
}
