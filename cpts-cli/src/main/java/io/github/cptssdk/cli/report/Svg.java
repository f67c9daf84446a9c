package io.github.cptssdk.cli.report;

import io.github.cptssdk.cli.report.ReportData.FundingBar;
import io.github.cptssdk.cli.report.ReportData.IndicatorRow;
import java.util.List;
import java.util.Locale;

/** Inline SVG charts of the report: no script, no external resource. */
final class Svg {

  static final String EARNED = "#1f6f8b";
  static final String MAXIMUM = "#d9e2ec";
  static final String TARGET = "#2e7d32";
  static final String BASELINE = "#8d6e63";
  private static final int LABEL_WIDTH = 380;
  private static final int BAR_WIDTH = 460;
  private static final int ROW = 30;

  private Svg() {}

  /** Horizontal bars: earned (solid) over maximum (light); an unknown maximum is drawn dashed. */
  static String fundingChart(List<FundingBar> bars) {
    long scale = 1;
    for (FundingBar b : bars) {
      scale = Math.max(scale, Math.max(b.earnedCents(), b.maximumCents() == null ? 0 : b.maximumCents()));
    }
    int height = bars.size() * ROW + 30;
    StringBuilder s = open(LABEL_WIDTH + BAR_WIDTH + 230, height, "Financement : perçu et maximum par poste");
    int y = 10;
    for (FundingBar b : bars) {
      s.append(text(0, y + 17, b.label(), "start"));
      if (b.maximumCents() != null) {
        s.append(rect(LABEL_WIDTH, y + 4, width(b.maximumCents(), scale), 18, MAXIMUM, null));
      } else {
        s.append(rect(LABEL_WIDTH, y + 4, BAR_WIDTH, 18, "none", "stroke=\"#999\" stroke-dasharray=\"4 3\""));
      }
      s.append(rect(LABEL_WIDTH, y + 7, width(b.earnedCents(), scale), 12, EARNED, null));
      String value = HtmlReport.euros(b.earnedCents()) + (b.maximumCents() == null ? " / max inconnu"
          : " / " + HtmlReport.euros(b.maximumCents()));
      s.append(text(LABEL_WIDTH + BAR_WIDTH + 6, y + 17, value, "start"));
      y += ROW;
    }
    s.append(legend(y + 4, new String[] {EARNED, MAXIMUM}, new String[] {"perçu", "maximum"}));
    return s.append("</svg>").toString();
  }

  /** One row per indicator on a 0-100 % scale: value bar, baseline and target marks. */
  static String indicatorChart(List<IndicatorRow> rows) {
    int height = rows.size() * ROW + 30;
    StringBuilder s = open(LABEL_WIDTH + BAR_WIDTH + 230, height, "Indicateurs : valeur, référence et cible");
    int y = 10;
    for (IndicatorRow r : rows) {
      s.append(text(0, y + 17, r.label(), "start"));
      s.append(rect(LABEL_WIDTH, y + 4, BAR_WIDTH, 18, "#f4f6f8", null));
      if (r.masked() || r.value() == null) {
        s.append(text(LABEL_WIDTH + 8, y + 17, r.masked() ? "masqué (petit effectif)" : "non disponible", "start"));
      } else {
        s.append(rect(LABEL_WIDTH, y + 7, percentWidth(r.value()), 12, EARNED, null));
        s.append(text(LABEL_WIDTH + BAR_WIDTH + 6, y + 17, HtmlReport.percent(r.value()), "start"));
      }
      s.append(mark(r.baseline(), y, BASELINE)).append(mark(r.target(), y, TARGET));
      y += ROW;
    }
    s.append(legend(y + 4, new String[] {EARNED, BASELINE, TARGET}, new String[] {"valeur", "référence", "cible"}));
    return s.append("</svg>").toString();
  }

  /** A single stacked bar: covered population and white zones. */
  static String coverageBar(long covered, long scope) {
    StringBuilder s = open(LABEL_WIDTH + BAR_WIDTH + 230, 60, "Population couverte par une CPTS");
    long safeScope = Math.max(1, scope);
    int w = (int) Math.round(BAR_WIDTH * (double) Math.min(covered, safeScope) / safeScope);
    s.append(text(0, 27, "Population couverte", "start"));
    s.append(rect(LABEL_WIDTH, 12, BAR_WIDTH, 22, "#f3c5c5", null));
    s.append(rect(LABEL_WIDTH, 12, w, 22, EARNED, null));
    s.append(text(LABEL_WIDTH + BAR_WIDTH + 6, 27, HtmlReport.percent(100.0 * covered / safeScope), "start"));
    s.append(legend(44, new String[] {EARNED, "#f3c5c5"}, new String[] {"couverte", "zone blanche"}));
    return s.append("</svg>").toString();
  }

  private static String mark(Double percent, int y, String color) {
    if (percent == null) {
      return "";
    }
    int x = LABEL_WIDTH + percentWidth(percent);
    return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>",
        x, y + 1, x, y + 25, color);
  }

  private static int width(long value, long scale) {
    return (int) Math.round(BAR_WIDTH * (double) value / scale);
  }

  private static int percentWidth(double percent) {
    return (int) Math.round(BAR_WIDTH * Math.max(0, Math.min(100, percent)) / 100.0);
  }

  private static StringBuilder open(int width, int height, String title) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">"
            + "<title>%s</title>", width, height, width, height, HtmlReport.escape(title)));
  }

  private static String rect(int x, int y, int w, int h, String fill, String extra) {
    return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"%s/>",
        x, y, Math.max(0, w), h, fill, extra == null ? "" : " " + extra);
  }

  private static String text(int x, int y, String text, String anchor) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>", x, y, anchor,
        HtmlReport.escape(text));
  }

  private static String legend(int y, String[] colors, String[] labels) {
    StringBuilder s = new StringBuilder();
    int x = LABEL_WIDTH;
    for (int i = 0; i < colors.length; i++) {
      s.append(rect(x, y, 12, 12, colors[i], null)).append(text(x + 16, y + 11, labels[i], "start"));
      x += 110;
    }
    return s.toString();
  }

  /**
   * The indicator of a contract history, one point per contract year: measured (solid line), the
   * trajectory the synthetic population was drawn with (hollow marks), baseline and target (dashed).
   */
  static String historyIndicatorChart(List<HistorySection.YearRow> years, double baseline, double target) {
    double top = Math.max(baseline, target);
    for (HistorySection.YearRow y : years) {
      top = Math.max(top, Math.max(y.measured(), y.trajectory()));
    }
    double scale = Math.ceil(top * 1.2);
    YearPlot p = YearPlot.DEFAULT;
    StringBuilder s = p.open("Indicateur par année de contrat : mesuré, trajectoire, référence et cible");
    for (int t = 0; t <= 4; t++) {
      double v = scale * t / 4;
      s.append(text(p.left() - 6, p.y(v, scale) + 4, HtmlReport.percent(v), "end"));
    }
    s.append(hline(p.left(), p.width(), p.y(baseline, scale), BASELINE))
        .append(text(p.right() + 6, p.y(baseline, scale) + 4, "référence " + HtmlReport.percent(baseline), "start"))
        .append(hline(p.left(), p.width(), p.y(target, scale), TARGET))
        .append(text(p.right() + 6, p.y(target, scale) + 4, "cible " + HtmlReport.percent(target), "start"));
    int step = years.size() <= 1 ? p.width() : p.width() / years.size();
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < years.size(); i++) {
      HistorySection.YearRow r = years.get(i);
      int x = p.left() + step / 2 + i * step;
      int y = p.y(r.measured(), scale);
      int ty = p.y(r.trajectory(), scale);
      points.append(i == 0 ? "" : " ").append(x).append(',').append(y);
      s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"6\" fill=\"none\" stroke=\"%s\"/>", x, ty, MAXIMUM_MARK));
      s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"%s\"/>", x, y, EARNED));
      s.append(text(x, y - 10, HtmlReport.percent(r.measured()), "middle"));
      s.append(text(x, p.bottom() + 18, "Année " + r.year() + " (" + r.indicatorYear() + ")", "middle"));
    }
    s.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>",
        points, EARNED));
    s.append(legendAt(p.left(), p.bottom() + 34, new String[] {EARNED, MAXIMUM_MARK, BASELINE, TARGET},
        new String[] {"mesuré", "trajectoire", "référence", "cible"}));
    return s.append("</svg>").toString();
  }

  /** Earned per contract year (known amounts), the variable part inside; years with unknown lines are flagged. */
  static String historyFundingChart(List<HistorySection.YearRow> years) {
    long scale = 1;
    for (HistorySection.YearRow y : years) {
      scale = Math.max(scale, y.earnedCents());
    }
    YearPlot p = YearPlot.DEFAULT;
    StringBuilder s = p.open("Financement perçu par année de contrat, dont part variable");
    int step = years.isEmpty() ? p.width() : p.width() / years.size();
    int barW = Math.max(10, step / 2);
    for (int i = 0; i < years.size(); i++) {
      HistorySection.YearRow r = years.get(i);
      int x = p.left() + step / 2 + i * step - barW / 2;
      int h = p.height(r.earnedCents(), scale);
      int hv = p.height(r.variableCents(), scale);
      s.append(rect(x, p.bottom() - h, barW, h, MAXIMUM, null));
      s.append(rect(x, p.bottom() - hv, barW, hv, EARNED, null));
      s.append(text(x + barW / 2, p.bottom() - h - 6, HtmlReport.euros(r.earnedCents()), "middle"));
      if (r.unknownLines() > 0) {
        s.append(text(x + barW / 2, p.bottom() - h - 22, "+ inconnu", "middle"));
      }
      s.append(text(x + barW / 2, p.bottom() + 18, "Année " + r.year(), "middle"));
    }
    s.append(legendAt(p.left(), p.bottom() + 34, new String[] {MAXIMUM, EARNED},
        new String[] {"perçu (montants connus)", "dont part variable"}));
    return s.append("</svg>").toString();
  }

  private static final String MAXIMUM_MARK = "#7a8a99";

  /** The plot area of the per-year history charts: one place for its size, its axis and its value-to-y scale. */
  private record YearPlot(int left, int width, int plotHeight, int top) {
    static final YearPlot DEFAULT = new YearPlot(60, 620, 220, 30);

    int right() {
      return left + width;
    }

    int bottom() {
      return top + plotHeight;
    }

    /** @return the height of a bar or point of {@code value} on a scale whose top is {@code scale} */
    int height(double value, double scale) {
      return (int) Math.round(plotHeight * value / scale);
    }

    int y(double value, double scale) {
      return bottom() - height(value, scale);
    }

    /** @return the SVG opened at the plot's size (room for labels and legend) with its horizontal axis */
    StringBuilder open(String title) {
      return Svg.open(right() + 200, plotHeight + 90, title).append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left, bottom(), right(), bottom()));
    }
  }

  private static String hline(int x, int w, int y, String color) {
    return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\""
        + " stroke-dasharray=\"6 4\"/>", x, y, x + w, y, color);
  }

  private static String legendAt(int x0, int y, String[] colors, String[] labels) {
    StringBuilder s = new StringBuilder();
    int x = x0;
    for (int i = 0; i < colors.length; i++) {
      s.append(rect(x, y, 12, 12, colors[i], null)).append(text(x + 16, y + 11, labels[i], "start"));
      x += 16 + 9 * labels[i].length() + 20;
    }
    return s.toString();
  }
}
