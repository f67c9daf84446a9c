package io.github.cptssdk.json.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Structural mutations of a valid JSON document: a value replaced by one of the wrong type, a huge number,
 * a long string, an unknown enum name or an out-of-range date; an unknown or missing property; a
 * duplicated or emptied array; deeper nesting. The document stays well-formed JSON, so the mutation
 * reaches the binding and the validating constructors.
 */
final class JsonMutations {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> DATES = List.of("2024-02-30", "2023-02-29", "+999999999-12-31", "-999999999-01-01",
      "0000-01-01", "2024-13-01", "2024-1-1", "24-01-01", "2024-01-01T00:00:00Z", "9999-12-31", "1900-01-01", "");
  private static final List<String> TEXTS = List.of("UNKNOWN_VALUE", "physician", "SM999", "19999990014", "1999999001",
      "99934001100018", "2A000", "97699", "00000", "75056", "cpts-\u00e9", "-", "A".repeat(64), "a".repeat(65), " ");

  private JsonMutations() {}

  /** @return the UTF-8 bytes of {@code valid} with 1 to 3 structural mutations */
  static byte[] mutate(JsonNode valid, Random r) {
    JsonNode doc = valid.deepCopy();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      doc = mutateOnce(doc, r);
    }
    try {
      return MAPPER.writeValueAsBytes(doc);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode mutateOnce(JsonNode doc, Random r) {
    List<JsonNode> containers = new ArrayList<>();
    collect(doc, containers);
    JsonNode target = containers.get(r.nextInt(containers.size()));
    if (target instanceof ObjectNode o) {
      mutateObject(o, r);
    } else if (target instanceof ArrayNode a) {
      mutateArray(a, r);
    }
    return doc;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static void mutateObject(ObjectNode o, Random r) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    if (names.isEmpty() || r.nextInt(8) == 0) {
      o.set(r.nextBoolean() ? "unknownField" : "x" + r.nextInt(1000), value(r));
      return;
    }
    String name = names.get(r.nextInt(names.size()));
    if (r.nextInt(6) == 0) {
      o.remove(name);
    } else {
      o.set(name, value(r));
    }
  }

  private static void mutateArray(ArrayNode a, Random r) {
    int choice = r.nextInt(5);
    if (choice == 0 || a.isEmpty()) {
      a.add(value(r));
    } else if (choice == 1) {
      a.add(a.get(r.nextInt(a.size())).deepCopy());
    } else if (choice == 2) {
      a.removeAll();
    } else {
      a.set(r.nextInt(a.size()), value(r));
    }
  }

  /** @return a value of a random kind: wrong type, edge number, bad text or date, nested container */
  static JsonNode value(Random r) {
    switch (r.nextInt(14)) {
      case 0: return NODES.nullNode();
      case 1: return NODES.booleanNode(r.nextBoolean());
      case 2: return NODES.numberNode(r.nextLong());
      case 3: return NODES.numberNode(new BigDecimal("1e" + (r.nextBoolean() ? "" : "-") + r.nextInt(1_000_000_000)));
      case 4: return NODES.numberNode(r.nextDouble() * 1e6);
      case 5: return NODES.textNode(DATES.get(r.nextInt(DATES.size())));
      case 6: return NODES.textNode(TEXTS.get(r.nextInt(TEXTS.size())));
      case 7: return NODES.textNode("x".repeat(r.nextBoolean() ? 200 : 10_001));
      case 8: return NODES.arrayNode().add(value(r));
      case 9: return NODES.objectNode().set("a", r.nextInt(4) == 0 ? value(r) : NODES.numberNode(1));
      case 10: return NODES.textNode(String.valueOf(r.nextInt(100_000)));
      case 11: return NODES.numberNode(new BigDecimal("12345678901234567890.123"));
      case 12: return NODES.textNode(new String(Character.toChars(r.nextInt(0x10FFFF))));
      default: return NODES.arrayNode();
    }
  }
}
