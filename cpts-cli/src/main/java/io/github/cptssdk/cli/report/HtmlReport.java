package io.github.cptssdk.cli.report;

import io.github.cptssdk.cli.report.ReportData.CptsSection;
import io.github.cptssdk.cli.report.ReportData.Finding;
import io.github.cptssdk.cli.report.ReportData.IndicatorRow;
import io.github.cptssdk.cli.report.ReportData.Overlap;
import io.github.cptssdk.cli.report.ReportData.Payment;
import io.github.cptssdk.cli.report.ReportData.RegionalView;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Renders {@link ReportData} as one self-contained HTML page (inline CSS and SVG, no script, no network),
 * in French, for a CPTS coordinator.
 */
public final class HtmlReport {

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1d2733;background:#fafbfc}",
      "header{background:#0b3c5d;color:#fff;padding:24px 40px}header h1{margin:0 0 6px 0;font-size:26px}",
      "main{padding:8px 40px 40px 40px;max-width:1100px}section{background:#fff;border:1px solid #e1e6eb;",
      "border-radius:8px;padding:20px 24px;margin:24px 0}h2{margin-top:0;color:#0b3c5d}h3{margin-bottom:8px}",
      "table{border-collapse:collapse;margin:8px 0 16px 0;font-size:14px}td,th{border-bottom:1px solid #e6eaee;",
      "padding:5px 10px;text-align:left}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}",
      "td.code{white-space:nowrap}",
      ".kpi{display:flex;gap:24px;flex-wrap:wrap;margin:8px 0 16px 0}.kpi div{background:#f2f6f9;border-radius:6px;",
      "padding:10px 16px}.kpi b{display:block;font-size:22px;color:#0b3c5d}.ERROR{color:#b00020;font-weight:600}",
      ".WARNING{color:#a15c00;font-weight:600}.INFO{color:#546e7a}svg{max-width:100%;height:auto;font-size:13px}",
      ".note{color:#546e7a;font-size:13px}footer{color:#546e7a;font-size:12px;padding:0 40px 30px 40px}");

  private HtmlReport() {}

  /** @return the whole page */
  public static String render(ReportData data) {
    StringBuilder h = new StringBuilder(32_000);
    h.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(escape(data.title())).append("</title><style>").append(CSS)
        .append("</style></head><body><header><h1>").append(escape(data.title())).append("</h1><div>")
        .append("Date de référence : ").append(data.referenceDate()).append(" · ").append(escape(data.source()))
        .append("</div></header><main>");
    h.append(regional(data.regional()));
    for (CptsSection s : data.sections()) {
      h.append(section(s));
    }
    h.append("</main><footer>Généré par cpts-sdk. Les effectifs inférieurs au seuil de diffusion sont masqués. ")
        .append("Les montants marqués « inconnu » ne figurent pas dans les tables nationales consultées.</footer>")
        .append("</body></html>\n");
    return h.toString();
  }

  private static String regional(RegionalView r) {
    StringBuilder h = new StringBuilder("<section id=\"regional\"><h2>Vue régionale : ")
        .append(escape(r.scopeName())).append("</h2><div class=\"kpi\">")
        .append(kpi("Population du périmètre", integer(r.scopePopulation())))
        .append(kpi("Population couverte", integer(r.coveredPopulation())))
        .append(kpi("Zones blanches", integer(r.whiteZonePopulation()) + " hab. / " + r.whiteZoneCommunes() + " communes"))
        .append(kpi("Chevauchements", Integer.toString(r.overlaps().size())))
        .append("</div>").append(Svg.coverageBar(r.coveredPopulation(), r.scopePopulation()));
    if (!r.overlaps().isEmpty()) {
      h.append("<h3>Communes revendiquées par plusieurs CPTS</h3><table><tr><th>Commune</th><th>CPTS</th>")
          .append("<th class=\"n\">Population</th></tr>");
      for (Overlap o : r.overlaps()) {
        h.append("<tr><td>").append(escape(o.name())).append(" (").append(escape(o.commune())).append(")</td><td>")
            .append(escape(String.join(", ", o.cpts()))).append("</td><td class=\"n\">").append(integer(o.population()))
            .append("</td></tr>");
      }
      h.append("</table>");
    }
    if (!r.largestWhiteZones().isEmpty()) {
      h.append("<p class=\"note\">Plus grandes communes non couvertes : ")
          .append(escape(String.join(", ", r.largestWhiteZones()))).append("</p>");
    }
    return h.append("</section>").toString();
  }

  private static String section(CptsSection s) {
    StringBuilder h = new StringBuilder("<section id=\"").append(escape(s.id())).append("\"><h2>")
        .append(escape(s.name())).append("</h2><div class=\"kpi\">")
        .append(kpi("Population", integer(s.territory().population())))
        .append(kpi("Communes", Integer.toString(s.territory().communeCount())))
        .append(kpi("Taille", escape(s.territory().sizeBand())))
        .append(kpi("Version de l'ACI", escape(s.territory().aciVersion())))
        .append(kpi("Financement perçu", euros(s.earnedCents())))
        .append(kpi("Maximum", s.maximumCents() == null ? "inconnu" : euros(s.maximumCents())))
        .append("</div><p class=\"note\">Départements : ").append(escape(String.join(", ", s.territory().departments())))
        .append("</p><h3>Financement de l'année de contrat</h3>").append(Svg.fundingChart(s.funding()));
    if (!s.unknowns().isEmpty()) {
      h.append("<p class=\"note\">Montants inconnus dans les tables nationales : ")
          .append(escape(String.join(" ; ", s.unknowns()))).append("</p>");
    }
    h.append(payments(s)).append("<h3>Indicateurs</h3>").append(Svg.indicatorChart(s.indicators()))
        .append(indicatorTable(s)).append(findings(s));
    return h.append("</section>").toString();
  }

  private static String payments(CptsSection s) {
    StringBuilder h = new StringBuilder("<h3>Échéancier des versements</h3><table><tr><th>Date</th><th>Versement</th>")
        .append("<th class=\"n\">Montant</th></tr>");
    long total = 0;
    for (Payment p : s.payments()) {
      total += p.cents();
      h.append("<tr><td>").append(p.date()).append("</td><td>").append(escape(p.label()))
          .append("</td><td class=\"n\">").append(euros(p.cents())).append("</td></tr>");
    }
    return h.append("<tr><th></th><th>Total</th><th class=\"n\">").append(euros(total)).append("</th></tr></table>").toString();
  }

  private static String indicatorTable(CptsSection s) {
    StringBuilder h = new StringBuilder("<table><tr><th>Indicateur</th><th>Mission</th><th class=\"n\">Numérateur</th>")
        .append("<th class=\"n\">Dénominateur</th><th class=\"n\">Valeur</th><th class=\"n\">Référence</th>")
        .append("<th class=\"n\">Cible</th></tr>");
    for (IndicatorRow r : s.indicators()) {
      h.append("<tr><td>").append(escape(r.label())).append("</td><td>").append(escape(r.mission()))
          .append("</td><td class=\"n\">").append(r.masked() || r.numerator() == null ? "masqué" : integer(r.numerator()))
          .append("</td><td class=\"n\">").append(r.masked() || r.denominator() == null ? "masqué" : integer(r.denominator()))
          .append("</td><td class=\"n\">").append(r.masked() || r.value() == null ? "–" : percent(r.value()))
          .append("</td><td class=\"n\">").append(r.baseline() == null ? "–" : percent(r.baseline()))
          .append("</td><td class=\"n\">").append(r.target() == null ? "–" : percent(r.target())).append("</td></tr>");
    }
    return h.append("</table>").toString();
  }

  private static String findings(CptsSection s) {
    StringBuilder h = new StringBuilder("<h3>Éligibilité et conformité</h3>");
    if (s.findings().isEmpty()) {
      return h.append("<p>Aucune remarque.</p>").toString();
    }
    h.append("<table><tr><th>Gravité</th><th>Code</th><th>Où</th><th>Constat</th></tr>");
    for (Finding f : s.findings()) {
      h.append("<tr><td class=\"").append(escape(f.severity())).append("\">").append(escape(f.severity()))
          .append("</td><td class=\"code\">").append(escape(f.code())).append("</td><td>").append(escape(f.path()))
          .append("</td><td>").append(escape(f.message())).append("</td></tr>");
    }
    return h.append("</table>").toString();
  }

  private static String kpi(String label, String value) {
    return "<div>" + escape(label) + "<b>" + value + "</b></div>";
  }

  /** @return {@code 125 000 €} (cents shown only when not whole) */
  static String euros(long cents) {
    String whole = integer(cents / 100);
    long rest = Math.abs(cents % 100);
    return (cents < 0 && cents / 100 == 0 ? "-" : "") + whole + (rest == 0 ? "" : "," + (rest < 10 ? "0" : "") + rest) + " €";
  }

  static String integer(long n) {
    DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    sym.setGroupingSeparator('\u202f');
    return new DecimalFormat("#,##0", sym).format(n);
  }

  static String percent(double p) {
    return String.format(Locale.FRANCE, "%.1f %%", p);
  }

  /** Escapes text for HTML and SVG content and attributes. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
