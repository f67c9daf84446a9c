package io.github.cptssdk.cli.report;

import io.github.cptssdk.indicators.SuppressionPolicy;
import java.util.Map;

/** The report's section on the SAS: the free slots a CPTS offers the SAS over a window (docs/sas.md). */
public final class SasSection {

  private static final Map<String, String> LABELS = Map.of(
      "AMB", "Au cabinet (AMB)", "HH", "Visite à domicile (HH)", "VR", "Téléconsultation (VR)");

  private SasSection() {}

  /**
   * @param name the CPTS name
   * @param window the window searched, as shown
   * @param slots the free slots offered
   * @param byConsultation slots per consultation type code (AMB, HH, VR), in display order
   * @param professionals the distinct professionals offering them
   * @param policy counts from 1 to its threshold − 1 are masked
   * @param unmasked show them anyway (the CPTS's own review)
   * @return the HTML section
   */
  public static String html(String name, String window, long slots, Map<String, Long> byConsultation, long professionals,
      SuppressionPolicy policy, boolean unmasked) {
    StringBuilder h = new StringBuilder("<section id=\"sas\"><h2>SAS : ").append(HtmlReport.escape(name))
        .append("</h2><p class=\"note\">Créneaux libres proposés au SAS (flux INT_R04, offre d'exemple ")
        .append("synthétique), ").append(HtmlReport.escape(window)).append(". Effectifs de 1 à ").append(policy.threshold() - 1)
        .append(unmasked ? " affichés (--unmasked)." : " masqués.").append("</p><table><tr><th>Mesure</th><th class=\"n\">Nombre</th></tr>")
        .append(row("Créneaux proposés", slots, policy, unmasked));
    byConsultation.forEach((code, n) -> h.append(row("dont " + LABELS.getOrDefault(code, code), n, policy, unmasked)));
    return h.append(row("Professionnels distincts", professionals, policy, unmasked)).append("</table></section>").toString();
  }

  private static String row(String label, long n, SuppressionPolicy policy, boolean unmasked) {
    boolean masked = !unmasked && n > 0 && n < policy.threshold();
    return "<tr><td>" + HtmlReport.escape(label) + "</td><td class=\"n\">" + (masked ? "masqué" : HtmlReport.integer(n)) + "</td></tr>";
  }
}
