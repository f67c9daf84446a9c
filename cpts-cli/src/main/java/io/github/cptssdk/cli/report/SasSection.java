package io.github.cptssdk.cli.report;

import io.github.cptssdk.core.sas.SasProfessionalId;
import io.github.cptssdk.indicators.Area;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.PublishedValue;
import io.github.cptssdk.indicators.SasIndicators;
import io.github.cptssdk.indicators.SuppressionPolicy;
import java.util.List;
import java.util.Map;

/**
 * The report's section on the SAS: the free slots a CPTS offers the SAS over a window, and its SAS activity
 * (appointments given and honoured, professionals taking part) as the SAS indicators publish it: per
 * area by the indicator engine, per professional by {@link SasIndicators#activity}, both with the
 * engine's small-count suppression (docs/sas.md).
 */
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

  /**
   * @param section the section from {@link #html}
   * @param year the reference year of the appointments
   * @param areas the published values of the CPTS, its department and its region
   * @param professionals the published activity of its professionals
   * @param unplaced appointments given that no site commune placed
   * @param policy the suppression the values were published with
   * @param unmasked the CPTS's own review: shows the threshold note as such (the cells stay as published)
   * @return the section with the SAS activity appended
   */
  public static String withActivity(String section, int year, List<Map.Entry<Area, List<PublishedValue>>> areas,
      SasIndicators.Activity professionals, int unplaced, SuppressionPolicy policy, boolean unmasked) {
    StringBuilder h = new StringBuilder("<h3>Activité SAS ").append(year).append("</h3><p class=\"note\">Rendez-vous ")
        .append("pris par la régulation SAS (FrAppointmentSAS, jeu d'exemple synthétique), placés à la commune du lieu ")
        .append("d'exercice. Donnés : non annulés ; honorés : effectués. Secret statistique du moteur d'indicateurs (seuil ")
        .append(policy.threshold()).append(", suppression primaire et secondaire)")
        .append(unmasked ? " ; les cellules restent telles que publiées." : ".")
        .append(unplaced > 0 ? " Rendez-vous non placés : " + unplaced + "." : "").append("</p>")
        .append("<table><tr><th>Zone</th><th class=\"n\">RDV donnés</th><th class=\"n\">RDV honorés</th>")
        .append("<th class=\"n\">Taux honorés</th><th class=\"n\">Professionnels participant</th></tr>");
    for (Map.Entry<Area, List<PublishedValue>> e : areas) {
      PublishedValue rdv = value(e.getValue(), Indicator.SAS_APPOINTMENTS_HONOURED);
      PublishedValue pros = value(e.getValue(), Indicator.SAS_PROFESSIONALS);
      h.append("<tr><td>").append(HtmlReport.escape(e.getKey().name())).append("</td>").append(given(rdv)).append(honoured(rdv))
          .append(rate(rdv)).append(count(pros)).append("</tr>");
    }
    h.append("</table><table><tr><th>Professionnel</th><th class=\"n\">RDV donnés</th><th class=\"n\">RDV honorés</th></tr>");
    int n = 0;
    for (Map.Entry<SasProfessionalId, PublishedValue> e : professionals.byProfessional().entrySet()) {
      // Professionals are numbered, never named or identified, in a published report.
      h.append("<tr><td>Professionnel ").append(++n).append("</td>").append(given(e.getValue()))
          .append(honoured(e.getValue())).append("</tr>");
    }
    h.append("</table>");
    int end = section.lastIndexOf("</section>");
    return section.substring(0, end) + h + section.substring(end);
  }

  private static PublishedValue value(List<PublishedValue> values, Indicator i) {
    return values.stream().filter(v -> v.indicator() == i).findFirst().orElse(PublishedValue.masked(i, PublishedValue.Suppression.PRIMARY));
  }

  private static String cell(String text) {
    return "<td class=\"n\">" + text + "</td>";
  }

  private static String given(PublishedValue v) {
    return cell(v.denominator().isPresent() ? HtmlReport.integer(v.denominator().getAsLong()) : "masqué");
  }

  private static String honoured(PublishedValue v) {
    return cell(v.numerator().isPresent() ? HtmlReport.integer(v.numerator().getAsLong()) : "masqué");
  }

  private static String count(PublishedValue v) {
    return cell(v.numerator().isPresent() ? HtmlReport.integer(v.numerator().getAsLong()) : "masqué");
  }

  private static String rate(PublishedValue v) {
    return cell(v.rate().map(r -> r.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN) + " %").orElse("masqué"));
  }
}
