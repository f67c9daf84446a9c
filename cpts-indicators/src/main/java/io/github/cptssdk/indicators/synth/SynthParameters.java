package io.github.cptssdk.indicators.synth;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.indicators.IndicatorException;
import org.apiguardian.api.API;

/**
 * Parameters of a synthetic population. Defaults (sources in docs/indicators.md):
 *
 * <ul>
 *   <li>{@code noMtRate} 0.11: share of people aged 17+ without médecin traitant (about 6.7 million
 *       people without MT, Assurance Maladie 2023);
 *   <li>{@code noMtRateAld} 0.055: share of people in ALD without MT (714 000 of 13 million, Assurance
 *       Maladie, end 2022);
 *   <li>{@code aldRate} 0.19: share of people in ALD (about 13 million, Assurance Maladie 2022);
 *   <li>{@code c2sRate} 0.11: complémentaire santé solidaire (7.7 million in June 2024, C2S annual
 *       report 2024);
 *   <li>{@code breastRate} 0.465 (Santé publique France 2022-2023), {@code colorectalRate} 0.342
 *       (Santé publique France 2022-2023), {@code cervicalRate} 0.59 (Santé publique France 2018-2020,
 *       "under 60 %"), {@code fluRate} 0.54 (65+, season 2023-2024, Santé publique France);
 *   <li>{@code femaleShare} 0.516 (Insee population estimates);
 *   <li>{@code rowsPerInhabitant} 1.0 (a scale: 0.01 gives 1 row per 100 inhabitants).
 * </ul>
 *
 * @param referenceYear the year ages and dates are generated for
 * @param rowsPerInhabitant rows per inhabitant of each commune (scale)
 * @param femaleShare share of women
 * @param noMtRate share without médecin traitant (not in ALD)
 * @param noMtRateAld share without médecin traitant among people in ALD
 * @param aldRate share in ALD
 * @param c2sRate share with C2S
 * @param breastRate breast screening participation of women 50-74 over 2 years
 * @param colorectalRate colorectal screening participation of people 50-74 over 2 years
 * @param cervicalRate cervical screening coverage of women 25-65
 * @param fluRate flu vaccination coverage of people 65+
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SynthParameters(
    int referenceYear,
    double rowsPerInhabitant,
    double femaleShare,
    double noMtRate,
    double noMtRateAld,
    double aldRate,
    double c2sRate,
    double breastRate,
    double colorectalRate,
    double cervicalRate,
    double fluRate) {

  /**
   * Checks the ranges.
   *
   * @param referenceYear the year ages and dates are generated for
   * @param rowsPerInhabitant rows per inhabitant of each commune
   * @param femaleShare share of women
   * @param noMtRate share without médecin traitant (not in ALD)
   * @param noMtRateAld share without médecin traitant among people in ALD
   * @param aldRate share in ALD
   * @param c2sRate share with C2S
   * @param breastRate breast screening participation
   * @param colorectalRate colorectal screening participation
   * @param cervicalRate cervical screening coverage
   * @param fluRate flu vaccination coverage
   * @throws IndicatorException CPTS-0730 if a share is outside [0, 1], the scale outside (0, 100] or the
   *     year outside 1990..2100
   */
  public SynthParameters {
    share("femaleShare", femaleShare);
    share("noMtRate", noMtRate);
    share("noMtRateAld", noMtRateAld);
    share("aldRate", aldRate);
    share("c2sRate", c2sRate);
    share("breastRate", breastRate);
    share("colorectalRate", colorectalRate);
    share("cervicalRate", cervicalRate);
    share("fluRate", fluRate);
    if (!(rowsPerInhabitant > 0 && rowsPerInhabitant <= 100)) {
      throw new IndicatorException("CPTS-0730", "rowsPerInhabitant", "a number in (0, 100]");
    }
    if (referenceYear < 1990 || referenceYear > 2100) {
      throw new IndicatorException("CPTS-0730", "referenceYear", "a year in 1990..2100");
    }
  }

  private static void share(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IndicatorException("CPTS-0730", name, "a share in [0, 1]");
    }
  }

  /**
   * The documented defaults (see above), one row per inhabitant.
   *
   * @param year the reference year, 1990..2100
   * @return the documented defaults for {@code year}
   * @throws IndicatorException CPTS-0730 if the year is outside 1990..2100
   */
  public static SynthParameters defaults(int year) {
    return builder(year).build();
  }

  /**
   * A builder starting from the documented defaults of {@code year}, e.g.
   * {@code SynthParameters.builder(2025).rowsPerInhabitant(0.01).fluRate(0.6).build()}.
   *
   * @param year the reference year
   * @return a builder; the ranges are checked by {@link Builder#build()}
   */
  public static Builder builder(int year) {
    return new Builder(year, 1.0, 0.516, 0.11, 0.055, 0.19, 0.11, 0.465, 0.342, 0.59, 0.54);
  }

  /** @return a builder starting from these parameters */
  public Builder toBuilder() {
    return new Builder(referenceYear, rowsPerInhabitant, femaleShare, noMtRate, noMtRateAld, aldRate, c2sRate,
        breastRate, colorectalRate, cervicalRate, fluRate);
  }

  /** Builds {@link SynthParameters}: set what differs from where it started, then {@link #build()}. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private int referenceYear;
    private double rowsPerInhabitant;
    private double femaleShare;
    private double noMtRate;
    private double noMtRateAld;
    private double aldRate;
    private double c2sRate;
    private double breastRate;
    private double colorectalRate;
    private double cervicalRate;
    private double fluRate;

    private Builder(int referenceYear, double rowsPerInhabitant, double femaleShare, double noMtRate, double noMtRateAld, double aldRate, double c2sRate, double breastRate, double colorectalRate, double cervicalRate, double fluRate) {
      this.referenceYear = referenceYear;
      this.rowsPerInhabitant = rowsPerInhabitant;
      this.femaleShare = femaleShare;
      this.noMtRate = noMtRate;
      this.noMtRateAld = noMtRateAld;
      this.aldRate = aldRate;
      this.c2sRate = c2sRate;
      this.breastRate = breastRate;
      this.colorectalRate = colorectalRate;
      this.cervicalRate = cervicalRate;
      this.fluRate = fluRate;
    }

    /**
     * @param value the year ages and dates are generated for, 1990..2100
     * @return this builder
     */
    public Builder referenceYear(int value) {
      this.referenceYear = value;
      return this;
    }

    /**
     * @param value rows per inhabitant of each commune, in (0, 100]
     * @return this builder
     */
    public Builder rowsPerInhabitant(double value) {
      this.rowsPerInhabitant = value;
      return this;
    }

    /**
     * @param value share of women, in [0, 1]
     * @return this builder
     */
    public Builder femaleShare(double value) {
      this.femaleShare = value;
      return this;
    }

    /**
     * @param value share without médecin traitant (not in ALD), in [0, 1]
     * @return this builder
     */
    public Builder noMtRate(double value) {
      this.noMtRate = value;
      return this;
    }

    /**
     * @param value share without médecin traitant among people in ALD, in [0, 1]
     * @return this builder
     */
    public Builder noMtRateAld(double value) {
      this.noMtRateAld = value;
      return this;
    }

    /**
     * @param value share in ALD, in [0, 1]
     * @return this builder
     */
    public Builder aldRate(double value) {
      this.aldRate = value;
      return this;
    }

    /**
     * @param value share with C2S, in [0, 1]
     * @return this builder
     */
    public Builder c2sRate(double value) {
      this.c2sRate = value;
      return this;
    }

    /**
     * @param value breast screening participation of women 50-74 over 2 years, in [0, 1]
     * @return this builder
     */
    public Builder breastRate(double value) {
      this.breastRate = value;
      return this;
    }

    /**
     * @param value colorectal screening participation of people 50-74 over 2 years, in [0, 1]
     * @return this builder
     */
    public Builder colorectalRate(double value) {
      this.colorectalRate = value;
      return this;
    }

    /**
     * @param value cervical screening coverage of women 25-65, in [0, 1]
     * @return this builder
     */
    public Builder cervicalRate(double value) {
      this.cervicalRate = value;
      return this;
    }

    /**
     * @param value flu vaccination coverage of people 65+, in [0, 1]
     * @return this builder
     */
    public Builder fluRate(double value) {
      this.fluRate = value;
      return this;
    }

    /**
     * @return the parameters
     * @throws IndicatorException CPTS-0730 if a value is out of range
     */
    public SynthParameters build() {
      return new SynthParameters(referenceYear, rowsPerInhabitant, femaleShare, noMtRate, noMtRateAld, aldRate, c2sRate, breastRate, colorectalRate, cervicalRate, fluRate);
    }
  }
}
