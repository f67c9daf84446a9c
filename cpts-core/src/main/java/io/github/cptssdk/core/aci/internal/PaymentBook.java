package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.Payment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The payments of one contract year kept in date order as they are added, in the order a stable sort by
 * date would give: most are due on the anniversary closing the year and are simply appended to their own
 * list, the others are inserted in place. Not thread-safe (one per computation).
 */
final class PaymentBook {

  private final LocalDate end;
  private final List<Payment> others;
  private final List<Payment> atEnd;

  /**
   * @param end the anniversary closing the year
   * @param missions the number of missions of the contract (initial capacity)
   */
  PaymentBook(LocalDate end, int missions) {
    this.end = end;
    this.others = new ArrayList<>(missions + 2);
    this.atEnd = new ArrayList<>(2 * missions + 2);
  }

  void add(Payment p) {
    if (p.date().equals(end)) {
      atEnd.add(p);
      return;
    }
    int i = others.size();
    while (i > 0 && others.get(i - 1).date().isAfter(p.date())) {
      i--;
    }
    others.add(i, p);
  }

  /** @return every payment, stably sorted by date (immutable) */
  List<Payment> inDateOrder() {
    Payment[] out = new Payment[others.size() + atEnd.size()];
    int n = 0;
    int i = 0;
    while (i < others.size() && others.get(i).date().isBefore(end)) {
      out[n++] = others.get(i++);
    }
    for (Payment p : atEnd) {
      out[n++] = p;
    }
    while (i < others.size()) {
      out[n++] = others.get(i++);
    }
    return List.of(out);
  }
}
