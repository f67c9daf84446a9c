package io.github.cptssdk.json.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cptssdk.core.aci.AciRulesException;
import io.github.cptssdk.core.aci.AciVersionId;
import io.github.cptssdk.core.aci.SuppliedTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a supplied table ({@code cpts-aci-table/1}): {@code version}, {@code source} and
 * {@code figures}, each {@code {item, mission, size, value, status, sources, note}}. The content is checked
 * when the table is applied ({@code AciRules.withTable}), each error naming the line of its figure.
 */
final class TableReader {

  private TableReader() {}

  /** @param tree the document, already read within limits; @param bytes the same document (for line numbers) */
  static SuppliedTable table(JsonNode tree, byte[] bytes, JsonFactory factory, String defaultSource) {
    List<Integer> lines = figureLines(bytes, factory);
    List<SuppliedTable.Row> rows = new ArrayList<>();
    JsonNode figures = tree.path("figures");
    for (int i = 0; i < figures.size(); i++) {
      JsonNode f = figures.get(i);
      List<String> sources = new ArrayList<>();
      f.path("sources").forEach(s -> sources.add(s.asText()));
      rows.add(new SuppliedTable.Row(i < lines.size() ? lines.get(i) : 0, text(f, "item", ""), text(f, "mission", null),
          text(f, "size", null), text(f, "value", null), text(f, "status", null), sources, text(f, "note", "")));
    }
    String source = text(tree, "source", defaultSource);
    String version = text(tree, "version", null);
    AciVersionId id = version == null ? null : versionId(version);
    List<SuppliedTable.Row> malformed = version == null || id != null ? List.of()
        : List.of(new SuppliedTable.Row(0, "VERSION_ID", null, null, version, null, List.of(), ""));
    return new SuppliedTable(id, source == null || source.isBlank() ? defaultSource : source, rows, malformed);
  }

  /** @return the id, or null when malformed: reported with its code (CPTS-1495) when the table is applied */
  private static @Nullable AciVersionId versionId(String text) {
    try {
      return AciVersionId.parse(text);
    } catch (AciRulesException e) {
      return null;
    }
  }

  private static @Nullable String text(JsonNode n, String field, @Nullable String otherwise) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? otherwise : v.asText();
  }

  /** @return the line where each object of the top-level {@code figures} array starts */
  private static List<Integer> figureLines(byte[] bytes, JsonFactory factory) {
    List<Integer> lines = new ArrayList<>();
    try (JsonParser p = factory.createParser(bytes)) {
      int depth = 0;
      boolean inFigures = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && depth == 1) {
          inFigures = "figures".equals(p.currentName());
        } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (t == JsonToken.START_OBJECT && inFigures && depth == 2) {
            lines.add(p.currentTokenLocation().getLineNr());
          }
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
