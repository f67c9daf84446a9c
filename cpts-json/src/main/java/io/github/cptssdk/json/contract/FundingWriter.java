package io.github.cptssdk.json.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.aci.Amount;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.FundingLine;
import io.github.cptssdk.core.aci.FundingRule;
import io.github.cptssdk.core.aci.Payment;
import io.github.cptssdk.core.aci.SimulatedLine;
import io.github.cptssdk.core.aci.Simulation;
import io.github.cptssdk.core.aci.UnknownReason;
import io.github.cptssdk.core.validation.LocalizedText;
import org.jspecify.annotations.Nullable;

/** JSON form of funding results and simulations: every amount with its rule, version, status and sources. */
final class FundingWriter {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private FundingWriter() {}

  static ObjectNode amount(Amount a) {
    ObjectNode o = F.objectNode();
    if (a.isKnown()) {
      o.put("euros", a.euros().toBigDecimal());
    } else {
      o.putNull("euros");
      o.set("unknown", reason(a.unknownReason()));
    }
    o.set("rule", rule(a.provenance().rule()));
    o.put("version", a.provenance().versionId().value());
    o.put("status", a.provenance().status().name());
    ArrayNode sources = o.putArray("sources");
    a.provenance().sources().forEach(sources::add);
    return o;
  }

  /** @return {@code {"id", "code", "en", "fr"}} of a rule */
  static ObjectNode rule(FundingRule rule) {
    return text(rule.text()).put("id", rule.name()).put("code", rule.code());
  }

  /** @return {@code {"code", "en", "fr"}} of a reason */
  static ObjectNode reason(@Nullable UnknownReason reason) {
    ObjectNode o = F.objectNode();
    if (reason != null) {
      o.setAll(text(reason.text()).put("code", reason.code()));
    }
    return o;
  }

  private static ObjectNode text(LocalizedText t) {
    return F.objectNode().put("en", t.en()).put("fr", t.fr());
  }

  static ObjectNode year(ContractYearFunding y) {
    ObjectNode o = F.objectNode();
    o.put("year", y.year());
    o.put("from", y.period().start().toString());
    o.put("to", y.period().end().toString());
    o.put("version", y.versionId().value());
    o.put("size", y.size().name());
    ArrayNode lines = o.putArray("lines");
    for (FundingLine l : y.lines()) {
      ObjectNode n = lines.addObject().put("item", l.item().name());
      n.put("mission", l.mission() == null ? null : l.mission().name());
      n.set("label", text(l.item().label()));
      n.set("envelope", amount(l.envelope()));
      n.set("earned", amount(l.earned()));
    }
    ArrayNode payments = o.putArray("payments");
    for (Payment p : y.payments()) {
      payments.addObject().put("date", p.date().toString()).put("item", p.item().name())
          .put("mission", p.mission() == null ? null : p.mission().name())
          .put("euros", p.amount().toBigDecimal()).set("rule", rule(p.rule()));
    }
    o.put("knownEarned", y.knownEarned().toBigDecimal());
    o.put("paid", y.paid().toBigDecimal());
    ArrayNode unknown = o.putArray("unknownLines");
    y.unknowns().forEach(l -> unknown.add(l.name()));
    return o;
  }

  static ObjectNode simulation(Simulation s) {
    ObjectNode o = F.objectNode();
    o.put("version", s.versionId().value());
    o.put("date", s.date().toString());
    o.put("size", s.size().name());
    ArrayNode lines = o.putArray("lines");
    for (SimulatedLine l : s.lines()) {
      ObjectNode n = lines.addObject().put("item", l.item().name());
      n.put("mission", l.mission() == null ? null : l.mission().name());
      n.put("annual", l.annual());
      n.set("maximum", amount(l.amount()));
    }
    o.put("knownAnnualTotal", s.knownAnnualTotal().toBigDecimal());
    if (s.complete()) {
      o.put("total", s.knownAnnualTotal().toBigDecimal());
    } else {
      o.putNull("total");
    }
    o.put("complete", s.complete());
    ArrayNode unknown = o.putArray("unknownLines");
    s.unknownAnnualLines().forEach(l -> unknown.add(l.name()));
    o.set("nationalMaximum", amount(s.nationalMaximum()));
    return o;
  }
}
