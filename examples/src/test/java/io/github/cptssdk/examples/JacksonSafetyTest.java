package io.github.cptssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.CptsJsonFeature;
import io.github.cptssdk.json.InvalidDocumentException;
import io.github.cptssdk.json.contract.ContractJson;
import io.github.cptssdk.json.contract.ContractJsonException;
import org.junit.jupiter.api.Test;

/**
 * Jackson is used safely (issue 7). The static rules are in {@link ArchitectureTest} ({@link JacksonRules});
 * here: the mappers cpts-json hands out, and what happens to documents that try the usual attacks.
 */
class JacksonSafetyTest {

  @Test
  void theMappersOfCptsJsonHaveLimitsAndNoDefaultTyping() {
    for (CptsJsonFeature f : CptsJsonFeature.values()) {
      assertThat(JacksonRules.problem(CptsJson.codec().with(f).mapper())).as(f.name()).isNull();
      assertThat(JacksonRules.problem(CptsJson.codec().without(f).mapper())).as(f.name()).isNull();
    }
    assertThat(JacksonRules.problem(CptsJson.mapper())).isNull();
  }

  @Test
  void theCheckSeesAMapperWithoutLimits() {
    // Otherwise the rule on static mappers could not fail.
    assertThat(JacksonRules.problem(new ObjectMapper())).contains("defaults");
    assertThat(JacksonRules.problem(JsonMapper.builder(CptsJson.mapper().getFactory()).activateDefaultTyping(
        CptsJson.mapper().getPolymorphicTypeValidator()).build())).contains("default typing");
  }

  @Test
  void aClassNamedByTheInputIsNeverInstantiated() {
    String gadget = "{\"format\": \"cpts-document/1\", \"@class\": \"java.lang.ProcessBuilder\", \"id\": \"x\"}";
    assertThatThrownBy(() -> CptsJson.readString(gadget)).isInstanceOf(InvalidDocumentException.class);
    String array = "[\"java.lang.ProcessBuilder\", {\"command\": [\"true\"]}]";
    assertThatThrownBy(() -> CptsJson.readString(array)).isInstanceOf(InvalidDocumentException.class);
    String contract = "{\"schema\": \"cpts-aci-contract/1\", \"@class\": \"java.net.URL\", \"cptsId\": \"x\"}";
    assertThatThrownBy(() -> ContractJson.readContract(contract)).isInstanceOf(ContractJsonException.class);
  }

  @Test
  void contractReadingHasLimits() {
    String deep = "[".repeat(2_000) + "]".repeat(2_000);
    assertThatThrownBy(() -> ContractJson.readContract(deep)).isInstanceOf(ContractJsonException.class)
        .hasMessageStartingWith("CPTS-0303"); // nesting depth limit (JsonReadLimits)
    String longNumber = "{\"schema\": \"cpts-aci-contract/1\", \"population\": " + "9".repeat(5_000) + "}";
    assertThatThrownBy(() -> ContractJson.readContract(longNumber)).isInstanceOf(ContractJsonException.class)
        .hasMessageStartingWith("CPTS-0305"); // number length limit (JsonReadLimits)
  }
}
