package io.github.cptssdk.cli.report;

import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.registries.supply.ProfessionSupply;
import io.github.cptssdk.registries.supply.StructureCount;
import io.github.cptssdk.registries.supply.SupplyOfCare;
import java.util.Locale;

/**
 * The report's section on the supply of care of a CPTS (docs/registries.md): professionals by profession,
 * libéral / salarié, general practitioners by the DREES definition, densities per 10,000 inhabitants, open
 * structures by category. Counts from 1 to the threshold − 1 are masked, and so are their densities.
 */
public final class SupplySection {

  private SupplySection() {}

  /**
   * @param name the CPTS name
   * @param s its supply of care
   * @param source where the registry comes from, as shown
   * @param policy counts from 1 to its threshold − 1 are masked
   * @return the HTML section
   */
  public static String html(String name, SupplyOfCare s, String source, SuppressionPolicy policy) {
    StringBuilder h = new StringBuilder("<section><h2>Offre de soins : ").append(HtmlReport.escape(name))
        .append("</h2><p class=\"note\">").append(HtmlReport.escape(source)).append(". Population ")
        .append(HtmlReport.integer(s.population())).append(" hab. ; densités pour 10 000 habitants ; médecins généralistes ")
        .append("au sens de la DREES (profession 10, savoir-faire SM26, SM53 ou SM54) ; activités de remplacement exclues. ")
        .append("Effectifs de 1 à ").append(policy.threshold() - 1).append(" masqués.</p>")
        .append("<table><tr><th>Profession</th><th class=\"n\">Professionnels</th><th class=\"n\">Libéraux</th>")
        .append("<th class=\"n\">Salariés</th><th class=\"n\">Pour 10 000 hab.</th></tr>")
        .append(row("Médecins généralistes (DREES)", s.generalPractitioners(), null, null, s.generalPractitionersPer10000(), policy));
    for (ProfessionSupply p : s.professions()) {
      h.append(row(p.label().isEmpty() ? p.code() : p.label(), p.professionals(), p.liberal(), p.salaried(), p.per10000(), policy));
    }
    h.append("</table>");
    if (!s.structures().isEmpty()) {
      h.append("<table><tr><th>Structures ouvertes (FINESS)</th><th class=\"n\">Nombre</th><th class=\"n\">Pour 10 000 hab.</th></tr>");
      for (StructureCount c : s.structures()) {
        Double d = s.population() == 0 ? null : c.count() * 10_000.0 / s.population();
        h.append("<tr><td>").append(HtmlReport.escape(c.category() + " " + c.label())).append("</td>")
            .append(cell(c.count(), policy)).append(density(c.count(), d, policy)).append("</tr>");
      }
      h.append("</table>");
    }
    return h.append("</section>").toString();
  }

  private static String row(String label, long n, Long liberal, Long salaried, Double per10000, SuppressionPolicy policy) {
    return "<tr><td>" + HtmlReport.escape(label) + "</td>" + cell(n, policy)
        + (liberal == null ? "<td class=\"n\">–</td>" : cell(liberal, policy))
        + (salaried == null ? "<td class=\"n\">–</td>" : cell(salaried, policy)) + density(n, per10000, policy) + "</tr>";
  }

  private static boolean masked(long n, SuppressionPolicy policy) {
    return n > 0 && n < policy.threshold();
  }

  private static String cell(long n, SuppressionPolicy policy) {
    return "<td class=\"n\">" + (masked(n, policy) ? "masqué" : HtmlReport.integer(n)) + "</td>";
  }

  private static String density(long n, Double d, SuppressionPolicy policy) {
    return "<td class=\"n\">" + (masked(n, policy) ? "masqué" : d == null ? "–" : String.format(Locale.FRANCE, "%.1f", d)) + "</td>";
  }
}
