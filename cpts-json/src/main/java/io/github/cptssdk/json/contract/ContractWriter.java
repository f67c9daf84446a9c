package io.github.cptssdk.json.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.ContractMission;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.IndicatorLine;
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
    return array(o, "missions", c.missions(), ContractWriter::mission);
  }

  private static ObjectNode mission(ContractMission m) {
    ObjectNode o = F.objectNode();
    o.put("mission", m.mission().name());
    date(o, "startedOn", m.startedOn());
    euros(o, "fixedAmount", m.fixedAmount());
    return array(o, "indicators", m.indicators(), ContractWriter::line);
  }

  private static ObjectNode line(IndicatorLine l) {
    ObjectNode o = F.objectNode();
    o.put("id", l.id());
    o.put("label", l.label());
    o.put("kind", l.kind().name());
    number(o, "baseline", l.baseline());
    number(o, "target", l.target());
    if (!l.tiers().isEmpty()) {
      array(o, "tiers", l.tiers(), t -> F.objectNode().put("threshold", t.threshold()).put("amount", t.amount().toBigDecimal()));
    }
    euros(o, "amount", l.amount());
    return o;
  }

  /** @return {@code o}, with {@code field} the array of {@code items} written by {@code write} */
  private static <T> ObjectNode array(ObjectNode o, String field, java.util.List<T> items,
      java.util.function.Function<T, ObjectNode> write) {
    ArrayNode a = o.putArray(field);
    items.forEach(i -> a.add(write.apply(i)));
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
