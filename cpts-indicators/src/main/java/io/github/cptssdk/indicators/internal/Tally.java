package io.github.cptssdk.indicators.internal;

import io.github.cptssdk.indicators.CareEvent;
import io.github.cptssdk.indicators.PatientBatch;
import io.github.cptssdk.indicators.PreventionAct;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Mergeable counts per commune: for each patient indicator its denominator and numerator, then the
 * event counters; distinct professionals per commune. Not thread-safe: one per thread or split, merged
 * with {@link #merge(Tally)}.
 */
public final class Tally {

  /** Slots of the patient indicators: 2 per indicator (denominator, numerator). */
  public static final int PATIENT_SLOTS = 2 * PatientRules.COUNT;
  public static final int SAS_GIVEN = PATIENT_SLOTS;
  public static final int SAS_HONOURED = PATIENT_SLOTS + 1;
  public static final int SNP_GIVEN = PATIENT_SLOTS + 2;
  public static final int SNP_HONOURED = PATIENT_SLOTS + 3;
  public static final int PATHWAYS = PATIENT_SLOTS + 4;
  public static final int PREVENTION_EVENTS = PATIENT_SLOTS + 5;
  public static final int PARTICIPANTS = PATIENT_SLOTS + 6;
  /** Slots per commune. */
  public static final int SLOTS = PATIENT_SLOTS + 7;

  private final int communes;
  private long[] counts;
  private final Map<Integer, Set<String>> appointmentPros = new HashMap<>();
  private final Map<Integer, Set<String>> pathwayPros = new HashMap<>();

  public Tally(int communes) {
    this.communes = communes;
  }

  private long[] counts() {
    if (counts == null) {
      counts = new long[communes * SLOTS];
    }
    return counts;
  }

  /** Adds one patient given its masks from {@link PatientRules#masks}. */
  public void addPatient(int commune, long masks) {
    long[] c = counts();
    int base = commune * SLOTS;
    int den = (int) masks;
    int num = (int) (masks >>> 32);
    while (den != 0) {
      c[base + (Integer.numberOfTrailingZeros(den) << 1)]++;
      den &= den - 1;
    }
    while (num != 0) {
      c[base + (Integer.numberOfTrailingZeros(num) << 1) + 1]++;
      num &= num - 1;
    }
  }

  /** Adds rows {@code [from, to)} of a batch; {@code remap} maps its dictionary to ours (null: same). */
  public void addBatch(PatientBatch b, int from, int to, int[] remap, PatientRules rules) {
    for (int i = from; i < to; i++) {
      int commune = remap == null ? b.communeIndex(i) : remap[b.communeIndex(i)];
      long m = rules.masks(b.birthYear(i), b.flags(i), b.day(PreventionAct.FLU_VACCINATION, i),
          b.day(PreventionAct.COLORECTAL_SCREENING, i), b.day(PreventionAct.BREAST_SCREENING, i),
          b.day(PreventionAct.CERVICAL_SCREENING, i));
      if (m != 0L) {
        addPatient(commune, m);
      }
    }
  }

  /** Adds an event of the reference period, as {@link EventRules} says. */
  public void addEvent(int commune, CareEvent e) {
    long[] c = counts();
    int base = commune * SLOTS;
    EventRules.Rule r = EventRules.of(e.kind());
    c[base + r.count()]++;
    if (r.honoured() >= 0 && e.honoured()) {
      c[base + r.honoured()]++;
    }
    if (r.participants() >= 0) {
      c[base + r.participants()] += e.participants();
    }
    switch (r.professionals()) {
      case APPOINTMENTS -> addPro(appointmentPros, commune, e.professionalRpps());
      case PATHWAYS -> addPro(pathwayPros, commune, e.professionalRpps());
      default -> { }
    }
  }

  private static void addPro(Map<Integer, Set<String>> m, int commune, String rpps) {
    if (rpps != null && !rpps.isEmpty()) {
      m.computeIfAbsent(commune, k -> new HashSet<>()).add(rpps);
    }
  }

  /** Adds the counts of {@code other} into this one. */
  public Tally merge(Tally other) {
    if (other.counts != null) {
      long[] c = counts();
      for (int i = 0; i < c.length; i++) {
        c[i] += other.counts[i];
      }
    }
    other.appointmentPros.forEach((k, v) -> appointmentPros.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    other.pathwayPros.forEach((k, v) -> pathwayPros.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    return this;
  }

  /** @return the value of {@code slot} for {@code commune} */
  public long get(int commune, int slot) {
    return counts == null ? 0 : counts[commune * SLOTS + slot];
  }

  public int communes() {
    return communes;
  }

  public Map<Integer, Set<String>> appointmentProfessionals() {
    return appointmentPros;
  }

  public Map<Integer, Set<String>> pathwayProfessionals() {
    return pathwayPros;
  }
}
