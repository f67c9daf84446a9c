package io.github.cptssdk.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema (draft 2020-12) checker for the keywords the CPTS document schema uses, and only those:
 * {@code $ref} (local), {@code type}, {@code const}, {@code enum}, {@code properties}, {@code required},
 * {@code additionalProperties: false}, {@code items}, {@code uniqueItems}, {@code minLength},
 * {@code maxLength}, {@code pattern}, {@code anyOf}, {@code not}, {@code dependentRequired}. An unknown
 * keyword fails the check, so the schema cannot silently use more than is tested. Test code only.
 */
final class MiniSchemaValidator {

  private static final Set<String> KNOWN = Set.of("$schema", "$id", "$defs", "title", "description", "format", "$ref",
      "type", "const", "enum", "properties", "required", "additionalProperties", "items", "uniqueItems", "minLength",
      "maxLength", "pattern", "anyOf", "not", "dependentRequired");

  private final JsonNode root;

  MiniSchemaValidator(JsonNode root) {
    this.root = root;
  }

  List<String> validate(JsonNode value) {
    List<String> errors = new ArrayList<>();
    check(root, value, "$", errors);
    return errors;
  }

  private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
    for (Iterator<String> it = schema.fieldNames(); it.hasNext();) {
      String k = it.next();
      if (!KNOWN.contains(k)) {
        throw new IllegalStateException("keyword not supported by the test checker: " + k);
      }
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      check(root.at(ref.substring(1)), value, path, errors);
    }
    type(schema, value, path, errors);
    if (schema.has("const") && !schema.get("const").equals(value)) {
      errors.add(path + ": not the constant");
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      errors.add(path + ": not in enum");
    }
    if (value.isTextual()) {
      text(schema, value.asText(), path, errors);
    }
    if (value.isObject()) {
      object(schema, value, path, errors);
    }
    if (value.isArray()) {
      array(schema, value, path, errors);
    }
    combinators(schema, value, path, errors);
  }

  private static void type(JsonNode schema, JsonNode value, String path, List<String> errors) {
    if (!schema.has("type")) {
      return;
    }
    String t = schema.get("type").asText();
    boolean ok = switch (t) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      default -> throw new IllegalStateException("type not supported: " + t);
    };
    if (!ok) {
      errors.add(path + ": expected " + t);
    }
  }

  private static boolean contains(JsonNode list, JsonNode value) {
    for (JsonNode n : list) {
      if (n.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static void text(JsonNode schema, String s, String path, List<String> errors) {
    if (schema.has("minLength") && s.codePointCount(0, s.length()) < schema.get("minLength").asInt()) {
      errors.add(path + ": too short");
    }
    if (schema.has("maxLength") && s.codePointCount(0, s.length()) > schema.get("maxLength").asInt()) {
      errors.add(path + ": too long");
    }
    if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
      errors.add(path + ": does not match " + schema.get("pattern").asText());
    }
  }

  private void object(JsonNode schema, JsonNode value, String path, List<String> errors) {
    if (schema.has("required")) {
      for (JsonNode r : schema.get("required")) {
        if (!value.has(r.asText())) {
          errors.add(path + ": missing " + r.asText());
        }
      }
    }
    JsonNode props = schema.get("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      if (props != null && props.has(e.getKey())) {
        check(props.get(e.getKey()), e.getValue(), path + "." + e.getKey(), errors);
      } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean()) {
        errors.add(path + ": undeclared property " + e.getKey());
      }
    }
    if (schema.has("dependentRequired")) {
      schema.get("dependentRequired").fields().forEachRemaining(d -> {
        if (value.has(d.getKey())) {
          d.getValue().forEach(r -> {
            if (!value.has(r.asText())) {
              errors.add(path + ": " + d.getKey() + " requires " + r.asText());
            }
          });
        }
      });
    }
  }

  private void array(JsonNode schema, JsonNode value, String path, List<String> errors) {
    for (int i = 0; i < value.size(); i++) {
      if (schema.has("items")) {
        check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
      }
    }
    if (schema.path("uniqueItems").asBoolean()) {
      Set<JsonNode> seen = new HashSet<>();
      value.forEach(n -> {
        if (!seen.add(n)) {
          errors.add(path + ": duplicate item");
        }
      });
    }
  }

  private void combinators(JsonNode schema, JsonNode value, String path, List<String> errors) {
    if (schema.has("anyOf")) {
      boolean any = false;
      for (JsonNode alt : schema.get("anyOf")) {
        any |= subValid(alt, value, path);
      }
      if (!any) {
        errors.add(path + ": matches none of anyOf");
      }
    }
    if (schema.has("not") && subValid(schema.get("not"), value, path)) {
      errors.add(path + ": matches not");
    }
  }

  private boolean subValid(JsonNode schema, JsonNode value, String path) {
    List<String> sub = new ArrayList<>();
    check(schema, value, path, sub);
    return sub.isEmpty();
  }
}
