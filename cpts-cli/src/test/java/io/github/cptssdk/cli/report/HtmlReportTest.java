package io.github.cptssdk.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  @Test
  void pageIsSelfContainedWithOneSvgChartPerView() {
    String html = HtmlReport.render(SampleReports.one("CPTS du Bassin de Thau"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("CPTS du Bassin de Thau", "</html>");
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<script");
    // regional coverage + funding + indicators
    assertThat(html.split("<svg ", -1)).hasSize(4);
    assertThat(html).contains("masqué", "max inconnu", "CPTS-0450", "Sète (34301)");
  }

  @Test
  void amountsAreWrittenTheFrenchWay() {
    assertThat(HtmlReport.euros(12_500_000)).isEqualTo("125\u202f000 €");
    assertThat(HtmlReport.euros(12_345)).isEqualTo("123,45 €");
    assertThat(HtmlReport.euros(5)).isEqualTo("0,05 €");
    assertThat(HtmlReport.percent(9.75)).isEqualTo("9,8 %");
  }

  @Test
  void paymentTotalIsTheSumOfThePayments() {
    String html = HtmlReport.render(SampleReports.one("X"));
    assertThat(html).contains("<th>Total</th><th class=\"n\">208\u202f500 €</th>");
  }

  @Property(tries = 300)
  void namesNeverBreakOutOfTheMarkup(@ForAll String name) {
    String html = HtmlReport.render(SampleReports.one("N" + name));
    String escaped = HtmlReport.escape(name);
    assertThat(html).contains(escaped);
    if (name.contains("<")) {
      assertThat(html).doesNotContain("N" + name);
    }
  }
}
