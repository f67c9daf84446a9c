package io.github.cptssdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.json.contract.ContractJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each read limit of {@link JsonReadLimits}, for CPTS documents and contract documents: a document at
 * exactly the limit is read, the same document with the limit one lower is rejected with the limit's code.
 * The measures (depth, longest string, number, name) are taken from the example documents.
 */
class JsonReadLimitsTest {

  private static final String CPTS = read("cpts-sete.json");
  private static final String CONTRACT = read("contract-sete.json");
  private static final Measures OF_CPTS = Measures.of(CPTS);
  private static final Measures OF_CONTRACT = Measures.of(CONTRACT);

  private static String read(String name) {
    try {
      return Files.readString(Path.of("../examples/data", name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Depth, longest string value, number and property name of a document. */
  record Measures(int depth, int string, int number, int name) {
    static Measures of(String json) {
      try {
        int[] m = new int[4];
        walk(JsonMapper.builder().build().readTree(json), 1, m);
        return new Measures(m[0], m[1], m[2], m[3]);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private static void walk(JsonNode node, int depth, int[] m) {
      if (node.isContainerNode()) {
        m[0] = Math.max(m[0], depth);
      }
      if (node.isTextual()) {
        m[1] = Math.max(m[1], node.textValue().length());
      }
      if (node.isNumber()) {
        m[2] = Math.max(m[2], node.asText().length());
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        m[3] = Math.max(m[3], e.getKey().length());
        walk(e.getValue(), depth + 1, m);
      }
      if (node.isArray()) {
        node.forEach(child -> walk(child, depth + 1, m));
      }
    }
  }

  private static void cptsAtTheLimitAndRejectedBelow(Function<Integer, JsonReadLimits> limits, int measure, String code) {
    assertThat(CptsJson.codec().withLimits(limits.apply(measure)).readString(CPTS).id().value()).isEqualTo("cpts-sete");
    assertThatThrownBy(() -> CptsJson.codec().withLimits(limits.apply(measure - 1)).readString(CPTS))
        .isInstanceOf(InvalidDocumentException.class).extracting(e -> ((CptsException) e).code()).isEqualTo(code);
  }

  private static void contractAtTheLimitAndRejectedBelow(Function<Integer, JsonReadLimits> limits, int measure, String code) {
    assertThat(ContractJson.read(ContractJson.CONTRACT, CONTRACT, limits.apply(measure)).cptsId().value()).isNotEmpty();
    assertThatThrownBy(() -> ContractJson.read(ContractJson.CONTRACT, CONTRACT, limits.apply(measure - 1)))
        .isInstanceOf(CptsException.class).extracting(e -> ((CptsException) e).code()).isEqualTo(code);
  }

  @Test
  void documentLength() {
    int bytes = CPTS.getBytes(StandardCharsets.UTF_8).length;
    cptsAtTheLimitAndRejectedBelow(JsonReadLimits.DEFAULTS::withMaxDocumentLength, bytes, "CPTS-0302");
    contractAtTheLimitAndRejectedBelow(JsonReadLimits.DEFAULTS::withMaxDocumentLength, CONTRACT.length(), "CPTS-0302");
  }

  @Test
  void nestingDepth() {
    cptsAtTheLimitAndRejectedBelow(JsonReadLimits.DEFAULTS::withMaxNestingDepth, OF_CPTS.depth(), "CPTS-0303");
    contractAtTheLimitAndRejectedBelow(JsonReadLimits.DEFAULTS::withMaxNestingDepth, OF_CONTRACT.depth(), "CPTS-0303");
  }

  @Test
  void stringLength() {
    cptsAtTheLimitAndRejectedBelow(JsonReadLimits.DEFAULTS::withMaxStringLength, OF_CPTS.string(), "CPTS-0304");
    contractAtTheLimitAndRejectedBelow(JsonReadLimits.DEFAULTS::withMaxStringLength, OF_CONTRACT.string(), "CPTS-0304");
  }

  @Test
  void numberLength() {
    contractAtTheLimitAndRejectedBelow(JsonReadLimits.DEFAULTS::withMaxNumberLength, OF_CONTRACT.number(), "CPTS-0305");
  }

  @Test
  void nameLength() {
    cptsAtTheLimitAndRejectedBelow(JsonReadLimits.DEFAULTS::withMaxNameLength, OF_CPTS.name(), "CPTS-0306");
    contractAtTheLimitAndRejectedBelow(JsonReadLimits.DEFAULTS::withMaxNameLength, OF_CONTRACT.name(), "CPTS-0306");
  }

  /** @return the code of reading {@code json} with the default limits, or "" if it is read */
  private static String codeOf(String json) {
    try {
      CptsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
      return "";
    } catch (InvalidDocumentException e) {
      return e.code();
    }
  }

  @Test
  void defaultDocumentLengthJustBelowAndAbove() {
    int max = JsonReadLimits.DEFAULTS.maxDocumentLength();
    String padded = CPTS.strip() + " ".repeat(max - CPTS.strip().getBytes(StandardCharsets.UTF_8).length);
    assertThat(codeOf(padded)).isEmpty();
    assertThat(codeOf(padded + " ")).isEqualTo("CPTS-0302");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void defaultNestingStringNumberAndNameJustBelowAndAbove(int over) {
    JsonReadLimits d = JsonReadLimits.DEFAULTS;
    IntFunction<String> nested = n -> "[".repeat(n) + "]".repeat(n);
    String deep = CPTS.replaceFirst("\\{", "{\"x\":" + nested.apply(d.maxNestingDepth() - 1 + over) + ",");
    String name = CPTS.replaceFirst("\\{", "{\"" + "n".repeat(d.maxNameLength() + over) + "\":1,");
    String text = CPTS.replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"" + "t".repeat(d.maxStringLength() + over) + "\"");
    String contract = CONTRACT.replaceFirst("\"population\": \\d+", "\"population\": 1" + "0".repeat(d.maxNumberLength() - 1 + over));
    assertThat(codeOf(deep)).isEqualTo(over == 0 ? "CPTS-0310" : "CPTS-0303");
    assertThat(codeOf(name)).isEqualTo(over == 0 ? "CPTS-0310" : "CPTS-0306");
    if (over == 0) {
      assertThat(codeOf(text)).isNotEqualTo("CPTS-0304");
    } else {
      assertThat(codeOf(text)).isEqualTo("CPTS-0304");
    }
    assertThat(contract).isNotEqualTo(CONTRACT);
    assertThatThrownBy(() -> ContractJson.readContract(contract)).isInstanceOf(CptsException.class)
        .extracting(e -> ((CptsException) e).code()).isEqualTo(over == 0 ? "CPTS-0652" : "CPTS-0305");
  }

  @Test
  void aHugeExponentIsRejectedWithoutComputingIt() {
    String contract = CONTRACT.replaceFirst("\"population\": \\d+", "\"population\": 1e999999999");
    assertThatThrownBy(() -> ContractJson.readContract(contract)).isInstanceOf(CptsException.class)
        .extracting(e -> ((CptsException) e).code()).isEqualTo("CPTS-0652");
  }

  @Test
  void aContractFileThatIsNotUtf8IsRejectedWithACode() throws IOException {
    Path file = Files.createTempFile("contract", ".json");
    byte[] bytes = CONTRACT.replaceFirst("\"cptsId\": \"", "\"cptsId\": \"\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, bytes);
    try {
      assertThatThrownBy(() -> ContractJson.readContract(file)).isInstanceOf(CptsException.class)
          .extracting(e -> ((CptsException) e).code()).isEqualTo("CPTS-0650");
    } finally {
      Files.delete(file);
    }
  }
}
