package io.github.cptssdk.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the report in a real headless browser (Debian's chromium, installed by .ci/run) and checks the
 * screenshot shows a page with charts. On CI a missing browser fails the test; elsewhere it is skipped.
 */
class ReportScreenshotTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  Path dir;

  @Test
  void reportRendersWithChartsInARealBrowser() throws Exception {
    Path page = dir.resolve("report.html");
    Files.writeString(page, HtmlReport.render(SampleReports.one("CPTS du Bassin de Thau")));
    PageShot shot = PageShot.of(screenshot(page));
    assertThat(shot.inkShare()).as("share of non-background pixels").isGreaterThan(0.04);
    assertThat(shot.chartPixels()).as("pixels of the chart colour").isGreaterThan(2_000);
  }

  @Test
  void theCheckFailsOnAnEmptyOrBrokenPage() throws Exception {
    Path page = dir.resolve("broken.html");
    Files.writeString(page, "<!DOCTYPE html><html><body><div>");
    PageShot shot = PageShot.of(screenshot(page));
    assertThat(shot.inkShare()).isLessThan(0.04);
    assertThat(shot.chartPixels()).isLessThan(2_000);
  }

  private Path screenshot(Path page) throws IOException, InterruptedException {
    requireBrowser();
    Path png = dir.resolve(page.getFileName() + ".png");
    Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"),
        "--window-size=1200,1800", "--screenshot=" + png, page.toUri().toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(png).as("screenshot written (see chromium.log)").exists();
    return png;
  }

  private static void requireBrowser() {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!Files.isExecutable(CHROMIUM)) {
      if (ci) {
        throw new AssertionError("chromium is missing on CI: .ci/run must install Debian's chromium package");
      }
      Assumptions.abort("chromium not installed (apt-get install chromium); CI installs it");
    }
  }

  /** What a screenshot shows, measured. */
  record PageShot(double inkShare, int chartPixels) {
    static PageShot of(Path png) throws IOException {
      BufferedImage img = ImageIO.read(png.toFile());
      int ink = 0;
      int chart = 0;
      for (int y = 0; y < img.getHeight(); y++) {
        for (int x = 0; x < img.getWidth(); x++) {
          int rgb = img.getRGB(x, y) & 0xFFFFFF;
          if (rgb != 0xFFFFFF && rgb != 0xFAFBFC) {
            ink++;
          }
          if (near(rgb, 0x1F6F8B)) {
            chart++;
          }
        }
      }
      return new PageShot((double) ink / (img.getWidth() * (long) img.getHeight()), chart);
    }

    private static boolean near(int rgb, int target) {
      return Math.abs(((rgb >> 16) & 0xFF) - ((target >> 16) & 0xFF)) < 12
          && Math.abs(((rgb >> 8) & 0xFF) - ((target >> 8) & 0xFF)) < 12
          && Math.abs((rgb & 0xFF) - (target & 0xFF)) < 12;
    }
  }
}
