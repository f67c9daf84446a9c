package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.FundingItem;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.FundingRule;
import io.github.cptssdk.core.aci.Payment;
import io.github.cptssdk.core.model.Mission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one rule returns: its funding lines and its payments (a zero payment is left out). Immutable. */
record Part(List<FundingLine> lines, List<Payment> payments) {

  static final Part NONE = new Part(List.of(), List.of());

  Part {
    lines = List.copyOf(lines);
    payments = List.copyOf(payments);
  }

  static Part of(FundingLine line, Payment... payments) {
    return new Part(List.of(line), List.of(payments).stream().filter(p -> !p.amount().isZero()).toList());
  }

  static Payment pay(LocalDate date, FundingItem item, @Nullable Mission mission, Euros amount, FundingRule rule) {
    return new Payment(date, item, mission, amount, rule);
  }

  /** @return the lines and payments of every part, in order */
  static Part concat(List<Part> parts) {
    List<FundingLine> lines = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    for (Part p : parts) {
      lines.addAll(p.lines());
      payments.addAll(p.payments());
    }
    return new Part(lines, payments);
  }
}
