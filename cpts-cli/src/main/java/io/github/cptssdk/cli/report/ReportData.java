package io.github.cptssdk.cli.report;

import io.github.cptssdk.indicators.SuppressionPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the HTML report shows, already computed: the report renders, it never calculates. Amounts are
 * euro cents; rates are percentages (0 to 100) or null when masked or unknown.
 *
 * @param title page title
 * @param referenceDate the date the eligibility and funding refer to
 * @param source one line on where the data comes from
 * @param sections one per CPTS
 * @param regional the regional view across the CPTS
 */
public record ReportData(String title, LocalDate referenceDate, String source, List<CptsSection> sections,
    RegionalView regional) {

  public ReportData {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(source, "source");
    sections = List.copyOf(sections);
    Objects.requireNonNull(regional, "regional");
  }

  /** One CPTS. */
  public record CptsSection(String id, String name, TerritoryLine territory, List<Finding> findings,
      List<IndicatorRow> indicators, List<FundingBar> funding, List<Payment> payments, long earnedCents,
      @Nullable Long maximumCents, List<String> unknowns) {
    public CptsSection {
      findings = List.copyOf(findings);
      indicators = List.copyOf(indicators);
      funding = List.copyOf(funding);
      payments = List.copyOf(payments);
      unknowns = List.copyOf(unknowns);
    }
  }

  /** The territory in one line. */
  public record TerritoryLine(long population, int communeCount, List<String> departments, String sizeBand,
      String aciVersion) {
    public TerritoryLine {
      departments = List.copyOf(departments);
    }
  }

  /** An eligibility finding. */
  public record Finding(String severity, String code, String path, String message) {}

  /**
   * One indicator against its baseline and target (rates in percent; null = masked or unknown). A rate
   * row is masked whatever the flag says when its numerator, denominator or their difference is under
   * {@link #SMALL_COUNT_THRESHOLD} (that of SuppressionPolicy.DEFAULT): the report never shows small patient
   * counts. Count rows (no denominator: activity counts) keep the flag given.
   */
  public record IndicatorRow(String id, String label, String mission, @Nullable Double value,
      @Nullable Double baseline, @Nullable Double target, boolean masked, boolean higherIsBetter,
      @Nullable Long numerator, @Nullable Long denominator) {

    /** Counts under it are never shown (the SNDS small-count rule of cpts-indicators' default policy). */
    public static final int SMALL_COUNT_THRESHOLD = SuppressionPolicy.DEFAULT.threshold();

    public IndicatorRow {
      masked = masked || numerator != null && denominator != null
          && (small(numerator) || small(denominator) || small(denominator - numerator));
    }

    private static boolean small(@Nullable Long count) {
      return count != null && count < SMALL_COUNT_THRESHOLD;
    }
  }

  /** One funding item: earned against its maximum (null maximum = unknown in the agreement tables). */
  public record FundingBar(String label, long earnedCents, @Nullable Long maximumCents) {}

  /** A dated payment. */
  public record Payment(LocalDate date, String label, long cents) {}

  /** Across the CPTS of the demo. */
  public record RegionalView(String scopeName, long scopePopulation, long coveredPopulation,
      List<Overlap> overlaps, long whiteZonePopulation, int whiteZoneCommunes, List<String> largestWhiteZones) {
    public RegionalView {
      overlaps = List.copyOf(overlaps);
      largestWhiteZones = List.copyOf(largestWhiteZones);
    }
  }

  /** A commune claimed by several CPTS. */
  public record Overlap(String commune, String name, List<String> cpts, long population) {
    public Overlap {
      cpts = List.copyOf(cpts);
    }
  }
}
