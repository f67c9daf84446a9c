package io.github.cptssdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.testing.ModelArbitraries;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Round trip of any generated CPTS, and mutated documents always give a typed error with a path. */
class CptsJsonPropertiesTest {

  static final Set<String> ENUMS = Set.of("legalForm", "profession", "membership", "kind", "mission");
  static final Set<String> CHECKED_IDS = Set.of("rpps", "siren", "siret", "finess");

  @Provide
  Arbitrary<Cpts> cpts() {
    return ModelArbitraries.cpts();
  }

  @Property(tries = 100)
  void roundTripIsLossless(@ForAll("cpts") Cpts c) {
    assertThat(CptsJson.readString(CptsJson.write(c))).isEqualTo(c);
  }

  @Property(tries = 50)
  void roundTripIsLosslessWithoutEmptyListsOnOneLine(@ForAll("cpts") Cpts c) {
    CptsJsonCodec codec = CptsJson.codec().without(CptsJsonFeature.PRETTY_PRINT, CptsJsonFeature.WRITE_EMPTY_LISTS);
    assertThat(codec.readString(codec.write(c))).isEqualTo(c);
  }

  @Property(tries = 80)
  void aStringOfTheWrongTypeIsReportedAtItsPath(@ForAll("cpts") Cpts c, @ForAll @IntRange(min = 0, max = 100_000) int pick) {
    ObjectNode doc = CptsJson.codec().document(c);
    JsonPointer at = pick(doc, pick, (name, node) -> node.isTextual());
    replace(doc, at, IntNode.valueOf(7));
    InvalidDocumentException e = failure(doc.toString());
    assertThat(e.code()).isEqualTo("CPTS-0312");
    assertThat(e.path()).isEqualTo(path(at));
  }

  @Property(tries = 80)
  void anUnknownPropertyIsReportedWithItsName(@ForAll("cpts") Cpts c, @ForAll @IntRange(min = 0, max = 100_000) int pick) {
    ObjectNode doc = CptsJson.codec().document(c);
    JsonPointer at = pickOrRoot(doc, pick, (name, node) -> node.isObject());
    ((ObjectNode) doc.at(at)).put("zzUnknown", "x");
    InvalidDocumentException e = failure(doc.toString());
    assertThat(e.code()).isEqualTo("CPTS-0310");
    assertThat(e.path()).isEqualTo(path(at) + ".zzUnknown");
  }

  @Property(tries = 80)
  void anUnknownEnumNameIsReportedWithTheAcceptedOnes(@ForAll("cpts") Cpts c, @ForAll @IntRange(min = 0, max = 100_000) int pick) {
    ObjectNode doc = CptsJson.codec().document(c);
    JsonPointer at = pickOrRoot(doc, pick, (name, node) -> ENUMS.contains(name));
    if (at.matches()) {
      at = JsonPointer.compile("/legalForm");
    }
    replace(doc, at, TextNode.valueOf("NOT_A_CONSTANT"));
    InvalidDocumentException e = failure(doc.toString());
    assertThat(e.code()).isEqualTo("CPTS-0311");
    assertThat(e.path()).isEqualTo(path(at));
    assertThat(e.getMessage()).contains("expected one of: ").doesNotContain("NOT_A_CONSTANT");
  }

  @Property(tries = 80)
  void aBadIdentifierIsReportedWithoutItsValue(@ForAll("cpts") Cpts c, @ForAll @IntRange(min = 0, max = 100_000) int pick) {
    ObjectNode doc = CptsJson.codec().document(c);
    JsonPointer at = pick(doc, pick, (name, node) -> CHECKED_IDS.contains(name) || name.matches("\\d+") && node.isTextual()
        && node.textValue().length() == 5);
    String bad = corrupt(doc.at(at).textValue());
    replace(doc, at, TextNode.valueOf(bad));
    InvalidDocumentException e = failure(doc.toString());
    assertThat(e.code()).isEqualTo("CPTS-0314");
    assertThat(e.path()).isEqualTo(path(at));
    assertThat(e.getMessage()).doesNotContain(bad);
  }

  @Property(tries = 100)
  void aTruncatedDocumentIsATypedError(@ForAll("cpts") Cpts c, @ForAll @IntRange(min = 0, max = 100_000) int cut) {
    String json = CptsJson.write(c);
    InvalidDocumentException e = failure(json.substring(0, cut % (json.length() - 1)));
    assertThat(e.code()).matches("CPTS-03\\d\\d");
    assertThat(e.path()).startsWith("$");
  }

  @Property(tries = 300)
  void anyCharacterChangeGivesACptsOrATypedError(@ForAll("cpts") Cpts c, @ForAll @IntRange(min = 0, max = 100_000) int at,
      @ForAll @net.jqwik.api.constraints.CharRange(from = ' ', to = '~') char replacement) {
    String json = CptsJson.write(c);
    int i = at % json.length();
    String mutated = json.substring(0, i) + replacement + json.substring(i + 1);
    Throwable t = catchThrowable(() -> CptsJson.readString(mutated));
    if (t != null) {
      assertThat(t).isInstanceOf(InvalidDocumentException.class);
      assertThat(((InvalidDocumentException) t).path()).startsWith("$");
    }
  }

  static InvalidDocumentException failure(String json) {
    Throwable t = catchThrowable(() -> CptsJson.readString(json));
    assertThat(t).isInstanceOf(InvalidDocumentException.class);
    return (InvalidDocumentException) t;
  }

  /** Changes the check key (digits) or the format (anything else) of an identifier. */
  static String corrupt(String id) {
    if (id.length() == 5) {
      return "X" + id.substring(1);
    }
    char last = id.charAt(id.length() - 1);
    return id.substring(0, id.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
  }

  interface NodeTest {
    boolean test(String name, JsonNode node);
  }

  static JsonPointer pick(ObjectNode doc, int pick, NodeTest test) {
    List<JsonPointer> all = new ArrayList<>();
    walk(doc, JsonPointer.empty(), test, all);
    Assume.that(!all.isEmpty());
    return all.get(pick % all.size());
  }

  static JsonPointer pickOrRoot(ObjectNode doc, int pick, NodeTest test) {
    List<JsonPointer> all = new ArrayList<>();
    all.add(JsonPointer.empty());
    walk(doc, JsonPointer.empty(), test, all);
    return all.get(pick % all.size());
  }

  static void walk(JsonNode node, JsonPointer at, NodeTest test, List<JsonPointer> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        visit(e.getKey(), e.getValue(), at.appendProperty(e.getKey()), test, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(String.valueOf(i), node.get(i), at.appendIndex(i), test, out);
      }
    }
  }

  private static void visit(String name, JsonNode child, JsonPointer at, NodeTest test, List<JsonPointer> out) {
    if (test.test(name, child) && !at.toString().equals("/format")) {
      out.add(at);
    }
    walk(child, at, test, out);
  }

  static void replace(ObjectNode doc, JsonPointer at, JsonNode value) {
    JsonNode parent = doc.at(at.head());
    if (parent instanceof ArrayNode a) {
      a.set(at.last().getMatchingIndex(), value);
    } else {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
    }
  }

  /** @return {@code $.professionals[2].rpps} for {@code /professionals/2/rpps} */
  static String path(JsonPointer pointer) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonPointer p = pointer; !p.matches(); p = p.tail()) {
      sb.append(p.getMatchingIndex() >= 0 ? "[" + p.getMatchingIndex() + "]" : "." + p.getMatchingProperty());
    }
    return sb.toString();
  }

}
