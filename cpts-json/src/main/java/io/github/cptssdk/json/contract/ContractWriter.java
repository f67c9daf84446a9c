package io.github.cptssdk.json.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.ContractMission;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.IndicatorLine;
import io.github.cptssdk.core.aci.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Writes a contract as its JSON document; absent values are left out. */
final class ContractWriter {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ContractWriter() {}

  static ObjectNode contract(AciContract c) {
    ObjectNode o = F.objectNode();
    o.put("schema", ContractReader.CONTRACT_SCHEMA);
    o.put("cptsId", c.cptsId().value());
    o.put("signedOn", c.signedOn().toString());
    if (c.size() != null) {
      o.put("size", c.size().name());
    }
    if (c.population() != null) {
      o.put("population", c.population());
    }
    o.put("formula", c.formula().name());
    euros(o, "operatingAtSignature", c.operatingAtSignature());
    euros(o, "operatingYearly", c.operatingYearly());
    euros(o, "letterOfIntent", c.letterOfIntent());
    date(o, "letterOfIntentValidatedOn", c.letterOfIntentValidatedOn());
    euros(o, "crisisActivation", c.crisisActivation());
    ArrayNode missions = o.putArray("missions");
    c.missions().forEach(m -> missions.add(mission(m)));
    return o;
  }

  private static ObjectNode mission(ContractMission m) {
    ObjectNode o = F.objectNode();
    o.put("mission", m.mission().name());
    date(o, "startedOn", m.startedOn());
    euros(o, "fixedAmount", m.fixedAmount());
    ArrayNode lines = o.putArray("indicators");
    m.indicators().forEach(l -> lines.add(line(l)));
    return o;
  }

  private static ObjectNode line(IndicatorLine l) {
    ObjectNode o = F.objectNode();
    o.put("id", l.id());
    o.put("label", l.label());
    o.put("kind", l.kind().name());
    number(o, "baseline", l.baseline());
    number(o, "target", l.target());
    if (!l.tiers().isEmpty()) {
      ArrayNode tiers = o.putArray("tiers");
      for (Tier t : l.tiers()) {
        tiers.add(F.objectNode().put("threshold", t.threshold()).put("amount", t.amount().toBigDecimal()));
      }
    }
    euros(o, "amount", l.amount());
    return o;
  }

  private static void euros(ObjectNode o, String field, @Nullable Euros e) {
    if (e != null) {
      o.put(field, e.toBigDecimal());
    }
  }

  private static void number(ObjectNode o, String field, @Nullable BigDecimal n) {
    if (n != null) {
      o.put(field, n);
    }
  }

  private static void date(ObjectNode o, String field, @Nullable LocalDate d) {
    if (d != null) {
      o.put(field, d.toString());
    }
  }
}
