package io.github.cptssdk.indicators.testing;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.PatientRecord;
import io.github.cptssdk.indicators.PreventionAct;
import io.github.cptssdk.indicators.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The oracle of the differential tests: every indicator computed by filtering the list of patients
 * of an area, written from the definitions in docs/indicators.md independently of the engine.
 */
public final class NaiveIndicators {

  private final int year;

  public NaiveIndicators(int year) {
    this.year = year;
  }

  /** @return {numerator, denominator} of a patient indicator over the patients */
  public long[] compute(Indicator indicator, List<PatientRecord> patients) {
    long num = 0;
    long den = 0;
    for (PatientRecord p : patients) {
      if (inDenominator(indicator, p)) {
        den++;
        if (inNumerator(indicator, p)) {
          num++;
        }
      }
    }
    return new long[] {num, den};
  }

  private boolean inDenominator(Indicator i, PatientRecord p) {
    int age = year - p.birthYear();
    boolean woman = p.sex() == Sex.FEMALE;
    return switch (i) {
      case NO_MT_17_PLUS -> age >= 17;
      case NO_MT_16_PLUS, MT_16_PLUS -> age >= 16;
      case NO_MT_70_PLUS -> age >= 70;
      case NO_MT_ALD -> age >= 17 && p.ald();
      case NO_MT_C2S -> age >= 17 && p.c2s();
      case NO_MT_C2S_ALD -> age >= 17 && p.c2s() && p.ald();
      case BREAST_SCREENING -> woman && age >= 50 && age <= 74;
      case CERVICAL_SCREENING -> woman && age >= 25 && age <= 65;
      case COLORECTAL_SCREENING -> age >= 50 && age <= 74;
      case FLU_VACCINATION_65_PLUS -> age >= 65;
      default -> throw new IllegalArgumentException("not a patient indicator");
    };
  }

  private boolean inNumerator(Indicator i, PatientRecord p) {
    int age = year - p.birthYear();
    LocalDate end = LocalDate.of(year + 1, 1, 1);
    return switch (i) {
      case MT_16_PLUS -> p.hasTreatingDoctor();
      case BREAST_SCREENING -> within(p.lastAct(PreventionAct.BREAST_SCREENING), LocalDate.of(year - 1, 1, 1), end);
      case COLORECTAL_SCREENING -> within(p.lastAct(PreventionAct.COLORECTAL_SCREENING), LocalDate.of(year - 1, 1, 1), end);
      case CERVICAL_SCREENING -> within(p.lastAct(PreventionAct.CERVICAL_SCREENING),
          LocalDate.of(age < 30 ? year - 2 : year - 4, 1, 1), end);
      case FLU_VACCINATION_65_PLUS -> within(p.lastAct(PreventionAct.FLU_VACCINATION),
          LocalDate.of(year - 1, 7, 1), LocalDate.of(year, 7, 1));
      default -> !p.hasTreatingDoctor();
    };
  }

  private static boolean within(Optional<LocalDate> d, LocalDate from, LocalDate to) {
    return d.isPresent() && !d.get().isBefore(from) && d.get().isBefore(to);
  }

  /** @return for each area key ({@code cpts:ID}, {@code department:CODE}, {@code region:CODE}) its patients */
  public static Map<String, List<PatientRecord>> byArea(List<PatientRecord> patients, Map<CptsId, Territory> territories,
      CommuneReferential referential) {
    Map<String, List<PatientRecord>> m = new TreeMap<>();
    territories.forEach((id, t) -> m.put("cpts:" + id.value(), filter(patients, p -> covers(t, p.commune()))));
    referential.departments().forEach(d -> m.put("department:" + d.code(),
        filter(patients, p -> commune(referential, p).departmentCode().equals(d.code()))));
    referential.regions().forEach(r -> m.put("region:" + r.code(),
        filter(patients, p -> commune(referential, p).regionCode().equals(r.code()))));
    return m;
  }

  private static boolean covers(Territory t, CommuneCode c) {
    return t.contains(c) || (c.parentCityCode() != null && t.contains(c.parentCityCode()));
  }

  private static Commune commune(CommuneReferential referential, PatientRecord p) {
    return referential.commune(p.commune()).orElseThrow();
  }

  private static List<PatientRecord> filter(List<PatientRecord> patients, Predicate<PatientRecord> p) {
    return patients.stream().filter(p).toList();
  }
}
