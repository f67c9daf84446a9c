package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.Payment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a year's payments in date order, as a stable sort by date would: most are due on the anniversary
 * closing the year, so those are moved last in one pass and only the others are sorted.
 */
final class PaymentOrder {

  private static final Comparator<Payment> BY_DATE = Comparator.comparing(Payment::date);

  private PaymentOrder() {}

  /** @return the payments stably sorted by date ({@code end}: the day closing the year) */
  static List<Payment> byDate(List<Payment> payments, LocalDate end) {
    List<Payment> out = new ArrayList<>(payments.size());
    for (Payment p : payments) {
      if (p.date().isAfter(end)) {
        List<Payment> all = new ArrayList<>(payments);
        all.sort(BY_DATE);
        return all;
      }
      if (!p.date().equals(end)) {
        insert(out, p);
      }
    }
    for (Payment p : payments) {
      if (p.date().equals(end)) {
        out.add(p);
      }
    }
    return out;
  }

  /** Inserts {@code p} into the sorted payments, after those of the same date or before. */
  private static void insert(List<Payment> sorted, Payment p) {
    int i = sorted.size();
    while (i > 0 && sorted.get(i - 1).date().isAfter(p.date())) {
      i--;
    }
    sorted.add(i, p);
  }
}
