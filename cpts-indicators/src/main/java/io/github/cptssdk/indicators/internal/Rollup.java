package io.github.cptssdk.indicators.internal;

import io.github.cptssdk.indicators.Indicator;
import io.github.cptssdk.indicators.IndicatorResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rolls commune counts up to every area (CPTS, department, region) and builds the results. */
public final class Rollup {

  private Rollup() {}

  /** @return for each area (by area number), the result of every indicator (by ordinal) */
  public static List<List<IndicatorResult>> results(CommuneIndex index, Tally tally, PatientRules rules) {
    int areas = index.areas().size();
    long[][] sums = new long[areas][Tally.SLOTS];
    for (int c = 0; c < tally.communes(); c++) {
      for (int a : index.areasOf(c)) {
        for (int s = 0; s < Tally.SLOTS; s++) {
          sums[a][s] += tally.get(c, s);
        }
      }
    }
    List<Set<String>> appointmentPros = distinct(index, tally.appointmentProfessionals());
    List<Set<String>> pathwayPros = distinct(index, tally.pathwayProfessionals());
    return results(sums, appointmentPros.stream().mapToLong(Set::size).toArray(),
        pathwayPros.stream().mapToLong(Set::size).toArray(), rules);
  }

  /**
   * @param sums for each area (by area number), the sum of every {@link Tally} slot over its communes
   * @param appointmentPros for each area, the distinct professionals giving SAS or SNP appointments
   * @param pathwayPros for each area, the distinct professionals involved in pathways
   * @param rules the rules of the reference year (periods)
   * @return for each area, the result of every indicator (by ordinal)
   */
  public static List<List<IndicatorResult>> results(long[][] sums, long[] appointmentPros, long[] pathwayPros,
      PatientRules rules) {
    List<List<IndicatorResult>> out = new ArrayList<>();
    for (int a = 0; a < sums.length; a++) {
      List<IndicatorResult> row = new ArrayList<>();
      for (Indicator i : Indicator.values()) {
        row.add(result(i, sums[a], appointmentPros[a], pathwayPros[a], rules));
      }
      out.add(List.copyOf(row));
    }
    return List.copyOf(out);
  }

  private static List<Set<String>> distinct(CommuneIndex index, Map<Integer, Set<String>> perCommune) {
    List<Set<String>> out = new ArrayList<>();
    for (int a = 0; a < index.areas().size(); a++) {
      out.add(new HashSet<>());
    }
    perCommune.forEach((c, set) -> {
      for (int a : index.areasOf(c)) {
        out.get(a).addAll(set);
      }
    });
    return out;
  }

  private static IndicatorResult result(Indicator i, long[] s, long appointmentPros, long pathwayPros, PatientRules rules) {
    long num;
    long den = 0;
    if (i.isFromPatients()) {
      den = s[2 * i.ordinal()];
      num = s[2 * i.ordinal() + 1];
    } else {
      switch (i) {
        case SAS_APPOINTMENTS_HONOURED -> {
          den = s[Tally.SAS_GIVEN];
          num = s[Tally.SAS_HONOURED];
        }
        case SNP_APPOINTMENTS_HONOURED -> {
          den = s[Tally.SNP_GIVEN];
          num = s[Tally.SNP_HONOURED];
        }
        case SAS_PROFESSIONALS -> num = appointmentPros;
        case PATHWAYS_WRITTEN -> num = s[Tally.PATHWAYS];
        case PATHWAY_PROFESSIONALS -> num = pathwayPros;
        case PREVENTION_EVENTS -> num = s[Tally.PREVENTION_EVENTS];
        default -> num = s[Tally.PARTICIPANTS];
      }
    }
    return new IndicatorResult(i, num, den, rules.period(i), Indicator.DEFINITION_VERSION);
  }
}
