package io.github.cptssdk.registries.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one JSON value of a streaming parser into maps, lists and strings (numbers and booleans as text). */
public final class JsonTrees {

  private JsonTrees() {}

  /** @return the value at the current token: a Map, a List, a String or null */
  public static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> m = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        m.put(name, read(p));
      }
      return m;
    }
    if (t == JsonToken.START_ARRAY) {
      List<Object> l = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        l.add(read(p));
      }
      return l;
    }
    return t == JsonToken.VALUE_NULL ? null : p.getText();
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  public static List<Object> array(Object o) {
    if (o instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    return List.of();
  }

  /** @return the text of a field, trimmed, or empty */
  public static String text(Map<String, Object> m, String field) {
    Object v = m.get(field);
    return v instanceof String s ? s.strip() : "";
  }
}
