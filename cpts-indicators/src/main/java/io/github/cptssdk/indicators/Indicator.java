package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.Mission;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apiguardian.api.API;

/**
 * The catalogue of indicators: each constant is the definition as data (mission, kind, measure,
 * population, numerator, denominator, direction of improvement, source). The rules that evaluate a
 * patient live in one place, {@code io.github.cptssdk.indicators.internal.PatientRules}; the periods
 * are documented in docs/indicators.md.
 *
 * <p>Sources: indicators in use in signed ACI contracts and CPTS diagnostics, aci-cpts.md section 5.2
 * [contract-rovira] [contract-drancy] [cptsnvf] [cptsvs10]; screening programmes: Santé publique France
 * and INCa (see docs/indicators.md).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Indicator {
  /** Share of patients aged 17+ without a médecin traitant (MT). */
  NO_MT_17_PLUS(Mission.ACCESS_TO_CARE, Measure.RATE, Direction.LOWER_IS_BETTER, "no-mt-17",
      "patients aged 17+", "without a médecin traitant", "aci-cpts.md 5.2 [cptsnvf] [cptsvs10]"),
  /** Share of patients aged 16+ without a médecin traitant (contract wording of [contract-rovira]). */
  NO_MT_16_PLUS(Mission.ACCESS_TO_CARE, Measure.RATE, Direction.LOWER_IS_BETTER, "mt-16",
      "patients aged 16+", "without a médecin traitant", "aci-cpts.md 5.2 [contract-rovira]"),
  /** Share of patients aged 16+ with a médecin traitant: the complement of {@link #NO_MT_16_PLUS}. */
  MT_16_PLUS(Mission.ACCESS_TO_CARE, Measure.RATE, Direction.HIGHER_IS_BETTER, "mt-16",
      "patients aged 16+", "with a médecin traitant", "aci-cpts.md 5.2/5.3 [contract-rovira]"),
  /** Share of patients aged 70+ without a médecin traitant. */
  NO_MT_70_PLUS(Mission.ACCESS_TO_CARE, Measure.RATE, Direction.LOWER_IS_BETTER, "no-mt-70",
      "patients aged 70+", "without a médecin traitant", "aci-cpts.md 5.2 [contract-rovira]"),
  /** Share of patients aged 17+ in ALD (long-term condition) without a médecin traitant. */
  NO_MT_ALD(Mission.ACCESS_TO_CARE, Measure.RATE, Direction.LOWER_IS_BETTER, "no-mt-ald",
      "patients aged 17+ in ALD", "without a médecin traitant", "aci-cpts.md 5.2/5.3 [contract-rovira]"),
  /** Share of patients aged 17+ covered by the C2S (complémentaire santé solidaire) without a médecin traitant. */
  NO_MT_C2S(Mission.ACCESS_TO_CARE, Measure.RATE, Direction.LOWER_IS_BETTER, "no-mt-c2s",
      "patients aged 17+ with C2S", "without a médecin traitant", "aci-cpts.md 5.2 [contract-drancy]"),
  /** Share of patients aged 17+ with C2S and in ALD without a médecin traitant. */
  NO_MT_C2S_ALD(Mission.ACCESS_TO_CARE, Measure.RATE, Direction.LOWER_IS_BETTER, "no-mt-c2s-ald",
      "patients aged 17+ with C2S and in ALD", "without a médecin traitant", "aci-cpts.md 5.2 [contract-drancy]"),
  /** Breast cancer screening coverage of women aged 50-74 (2-year window). */
  BREAST_SCREENING(Mission.PREVENTION, Measure.RATE, Direction.HIGHER_IS_BETTER, "breast",
      "women aged 50-74", "breast screening in the 2 years ending with the reference year",
      "Santé publique France, programme de dépistage organisé du cancer du sein"),
  /** Cervical cancer screening coverage of women aged 25-65 (3- or 5-year window by age). */
  CERVICAL_SCREENING(Mission.PREVENTION, Measure.RATE, Direction.HIGHER_IS_BETTER, "cervical",
      "women aged 25-65", "cervical screening within 3 years (25-29) or 5 years (30-65)",
      "INCa / HAS, programme de dépistage organisé du cancer du col de l'utérus"),
  /** Colorectal cancer screening coverage of people aged 50-74 (2-year window). */
  COLORECTAL_SCREENING(Mission.PREVENTION, Measure.RATE, Direction.HIGHER_IS_BETTER, "colorectal",
      "people aged 50-74", "colorectal screening test in the 2 years ending with the reference year",
      "Santé publique France, programme de dépistage organisé du cancer colorectal"),
  /** Flu vaccination coverage of people aged 65+ for the season ending in the reference year. */
  FLU_VACCINATION_65_PLUS(Mission.PREVENTION, Measure.RATE, Direction.HIGHER_IS_BETTER, "flu",
      "people aged 65+", "vaccinated against flu in the season ending in the reference year",
      "Santé publique France, couverture vaccinale grippe des 65 ans et plus"),
  /** Share of appointments given through the SAS (service d'accès aux soins) that were honoured. */
  SAS_APPOINTMENTS_HONOURED(Mission.ACCESS_TO_CARE, Measure.RATE, Direction.HIGHER_IS_BETTER, "sas",
      "SAS appointments given", "honoured", "aci-cpts.md 5.2 [contract-rovira] [contract-drancy]"),
  /** Share of unscheduled-care (SNP) appointments given that were honoured. */
  SNP_APPOINTMENTS_HONOURED(Mission.ACCESS_TO_CARE, Measure.RATE, Direction.HIGHER_IS_BETTER, "snp",
      "unscheduled-care (SNP) appointments given", "honoured", "aci-cpts.md 5.2 [contract-rovira]"),
  /** Count of distinct professionals giving SAS or SNP appointments. */
  SAS_PROFESSIONALS(Mission.ACCESS_TO_CARE, Measure.COUNT, Direction.HIGHER_IS_BETTER, "",
      "", "distinct professionals giving SAS or SNP appointments", "aci-cpts.md 5.2 [contract-rovira]"),
  /** Count of care pathways written and spread. */
  PATHWAYS_WRITTEN(Mission.CARE_PATHWAYS, Measure.COUNT, Direction.HIGHER_IS_BETTER, "",
      "", "care pathways written and spread", "aci-cpts.md 5.2 [contract-rovira] [contract-drancy]"),
  /** Count of distinct professionals involved in care pathways. */
  PATHWAY_PROFESSIONALS(Mission.CARE_PATHWAYS, Measure.COUNT, Direction.HIGHER_IS_BETTER, "",
      "", "distinct professionals involved in pathways", "aci-cpts.md 5.2 [contract-rovira]"),
  /** Count of prevention events held. */
  PREVENTION_EVENTS(Mission.PREVENTION, Measure.COUNT, Direction.HIGHER_IS_BETTER, "",
      "", "prevention events held", "aci-cpts.md 5.2 [contract-rovira] [contract-drancy]"),
  /** Count of participants in prevention events (a sum, subject to small-number suppression). */
  PREVENTION_PARTICIPANTS(Mission.PREVENTION, Measure.COUNT, Direction.HIGHER_IS_BETTER, "participants",
      "", "participants in prevention events", "aci-cpts.md 5.2 [contract-rovira]");

  /** Version of these definitions; results carry it so that a figure names the rules that produced it. */
  public static final String DEFINITION_VERSION = "2025.1";

  /** Whether a value is a share of a population or a plain count. */
  public enum Measure {
    /** Numerator over denominator. */
    RATE,
    /** A count (no denominator). */
    COUNT
  }

  /** Which way is progress. */
  public enum Direction {
    /** A higher value is better (screening, patients with an MT). */
    HIGHER_IS_BETTER,
    /** A lower value is better (patients without an MT). */
    LOWER_IS_BETTER
  }

  /** Result indicator (measured on populations) or action indicator (counts of actions). */
  public enum Kind {
    /** Measured on a population: numerator over denominator. */
    RESULT,
    /** Counts of actions carried out. */
    ACTION
  }

  private static final String LABELS = "io.github.cptssdk.indicators.labels";

  private final Mission mission;
  private final Measure measure;
  private final Direction direction;
  private final String suppressionGroup;
  private final String population;
  private final String numerator;
  private final String source;

  Indicator(Mission mission, Measure measure, Direction direction, String suppressionGroup,
      String population, String numerator, String source) {
    this.mission = mission;
    this.measure = measure;
    this.direction = direction;
    this.suppressionGroup = suppressionGroup;
    this.population = population;
    this.numerator = numerator;
    this.source = source;
  }

  /** @return the ACI mission the indicator reports on */
  public Mission mission() {
    return mission;
  }

  /** @return whether the value is a rate or a count */
  public Measure measure() {
    return measure;
  }

  /** @return which way is progress for this indicator */
  public Direction direction() {
    return direction;
  }

  /** @return RESULT for rates over a population, ACTION for counts of actions */
  public Kind kind() {
    return measure == Measure.RATE ? Kind.RESULT : Kind.ACTION;
  }

  /** @return the population of the denominator, empty for counts */
  public String population() {
    return population;
  }

  /** @return what the numerator counts */
  public String numerator() {
    return numerator;
  }

  /** @return where the definition comes from */
  public String source() {
    return source;
  }

  /**
   * @return true if the values count patients (or their appointments): they are subject to
   *     small-count suppression
   */
  public boolean isPatientLevel() {
    return !suppressionGroup.isEmpty();
  }

  /**
   * @return the key shared by indicators whose cells must be masked together because one can be
   *     derived from the other (same denominator, complementary numerators); empty if never masked
   */
  public String suppressionGroup() {
    return suppressionGroup;
  }

  /** @return the French label, e.g. "Patients de 17 ans et plus sans médecin traitant" (bundle {@code labels_fr}) */
  public String labelFr() {
    return ResourceBundle.getBundle(LABELS, Locale.FRENCH).getString(name());
  }

  /** @return the English label (bundle {@code labels}) */
  public String labelEn() {
    return ResourceBundle.getBundle(LABELS, Locale.ROOT).getString(name());
  }

  /** @return true if computed from patient rows (not from care events) */
  public boolean isFromPatients() {
    return ordinal() <= FLU_VACCINATION_65_PLUS.ordinal();
  }
}
