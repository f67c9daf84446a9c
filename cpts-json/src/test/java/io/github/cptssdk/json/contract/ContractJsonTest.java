package io.github.cptssdk.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.aci.AciContract;
import io.github.cptssdk.core.aci.AciFunding;
import io.github.cptssdk.core.aci.AciRules;
import io.github.cptssdk.core.aci.ContractYearFunding;
import io.github.cptssdk.core.aci.Euros;
import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.aci.YearResults;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.testing.AciArbitraries;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractJsonTest {

  private static final Path SETE = Path.of("../examples/data/contract-sete.json");
  private static final Path SETE_RESULTS = Path.of("../examples/data/contract-sete-results-year2.json");

  @Test
  void theSeteExampleIsAValidContractWithTheObservedSize3Envelopes() {
    AciContract c = ContractJson.readContract(SETE);
    assertThat(AciRules.official().validate(c).isValid()).isTrue();
    assertThat(c.size()).isEqualTo(SizeBand.SIZE_3);
    assertThat(c.mission(Mission.ACCESS_TO_CARE).orElseThrow().fixedAmount()).isEqualTo(Euros.of(90_000));
    assertThat(c.mission(Mission.ACCESS_TO_CARE).orElseThrow().variableEnvelope()).isEqualTo(Euros.of(35_000));
    assertThat(c.mission(Mission.CARE_PATHWAYS).orElseThrow().variableEnvelope()).isEqualTo(Euros.of(45_000));
    assertThat(c.mission(Mission.PREVENTION).orElseThrow().variableEnvelope()).isEqualTo(Euros.of(17_500));
    assertThat(c.mission(Mission.QUALITY_RELEVANCE).orElseThrow().variableEnvelope()).isEqualTo(Euros.of(15_000));
    assertThat(c.mission(Mission.PROFESSIONAL_SUPPORT)).isEmpty();
    assertThat(c.signedOn()).isEqualTo(java.time.LocalDate.of(2022, 11, 15));
    assertThat(c.crisisActivation()).isEqualTo(Euros.of(67_500));
  }

  @Test
  void theSeteResultsOfYear2ComputeAndTheirJsonCarriesProvenance() {
    AciContract c = ContractJson.readContract(SETE);
    YearResults r = ContractJson.readResults(SETE_RESULTS);
    ContractYearFunding y = AciFunding.official().year(c, 2, r);
    assertThat(y.paid()).isEqualTo(y.knownEarned());
    String json = ContractJson.writeFunding(java.util.List.of(y));
    assertThat(json).contains("\"version\" : \"AVENANT_2\"").contains("\"unknownLines\"").contains("OPERATING_YEARLY");
  }

  /**
   * Every example contract reads, has no error, matches its CPTS document (id, signature day) and computes
   * all five years; years that start after 2022-03-31 use avenant 2.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      sete,   2022-11-15, SIZE_3, AVENANT_2, AVENANT_2
      loches, 2020-06-15, SIZE_2, ACI_2019,  AVENANT_2
      nancy,  2023-05-10, SIZE_4, AVENANT_2, AVENANT_2
      """)
  void exampleContractsAreValidAndMatchTheirCptsDocuments(String name, java.time.LocalDate signed, SizeBand size,
      String firstVersion, String lastVersion) {
    AciContract c = ContractJson.readContract(Path.of("../examples/data/contract-" + name + ".json"));
    var cpts = io.github.cptssdk.json.CptsJson.read(Path.of("../examples/data/cpts-" + name + ".json"));
    assertThat(AciRules.official().validate(c).errors()).isEmpty();
    assertThat(c.cptsId()).isEqualTo(cpts.id());
    assertThat(c.signedOn()).isEqualTo(signed).isEqualTo(cpts.lifecycle().contractSignedOn());
    assertThat(c.size()).isEqualTo(size);
    var years = AciFunding.official().projection(c);
    assertThat(years).hasSize(5).allSatisfy(y -> assertThat(y.paid()).isEqualTo(y.knownEarned()));
    assertThat(years.get(0).versionId().value()).isEqualTo(firstVersion);
    assertThat(years.get(4).versionId().value()).isEqualTo(lastVersion);
    for (var m : cpts.missions()) {
      assertThat(c.mission(m.mission())).as(m.mission().name()).hasValueSatisfying(
          cm -> assertThat(cm.startedOn()).isEqualTo(m.startedOn()));
    }
  }

  @Test
  void writeThenReadGivesTheSameContract() {
    AciContract c = ContractJson.readContract(SETE);
    assertThat(ContractJson.readContract(ContractJson.writeContract(c))).isEqualTo(c);
  }

  @Provide
  Arbitrary<AciContract> contracts() {
    return AciArbitraries.contracts();
  }

  @Property(tries = 100)
  void roundTripOfGeneratedContracts(@ForAll("contracts") AciContract c) {
    AciContract back = ContractJson.readContract(ContractJson.writeContract(c));
    assertThat(ContractJson.writeContract(back)).isEqualTo(ContractJson.writeContract(c));
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource(delimiter = '|', textBlock = """
      {"cptsId": "c", "signedOn": "2023-01-01", "missions": [ }                             | CPTS-0650 | $
      {"signedOn": "2023-01-01"}                                                            | CPTS-0651 | $.cptsId
      {"cptsId": "C D", "signedOn": "2023-01-01"}                                           | CPTS-0652 | $.cptsId
      {"cptsId": "c", "signedOn": "01/02/2023"}                                             | CPTS-0652 | $.signedOn
      {"cptsId": "c", "signedOn": "2023-01-01", "size": "BIG"}                              | CPTS-0652 | $.size
      {"cptsId": "c", "signedOn": "2023-01-01", "sizze": "SIZE_1"}                          | CPTS-0653 | $.sizze
      {"cptsId": "c", "signedOn": "2023-01-01", "schema": "other/2"}                        | CPTS-0654 | $.schema
      {"cptsId": "c", "signedOn": "2023-01-01", "operatingYearly": 1.234}                   | CPTS-0652 | $.operatingYearly
      {"cptsId": "c", "signedOn": "2023-01-01", "population": 1.5}                          | CPTS-0652 | $.population
      {"cptsId": "c", "signedOn": "2023-01-01", "missions": {}}                             | CPTS-0652 | $.missions
      {"cptsId": "c", "signedOn": "2023-01-01", "missions": [{"mission": "X"}]}             | CPTS-0652 | $.missions[0].mission
      {"cptsId": "c", "signedOn": "2023-01-01", "missions": [{"mission": "PREVENTION", "indicators": [{"id": "a", "kind": "ACTION", "amount": "5"}]}]} | CPTS-0652 | $.missions[0].indicators[0].amount
      {"cptsId": "c", "signedOn": "2023-01-01", "missions": [{"mission": "PREVENTION", "indicators": [{"id": "a", "kind": "RESULT", "tiers": [{"threshold": 3}]}]}]} | CPTS-0651 | $.missions[0].indicators[0].tiers[0].amount
      []                                                                                    | CPTS-0652 | $
      """)
  void badDocumentsFailWithACodeAndAJsonPath(String json, String code, String path) {
    assertThatThrownBy(() -> ContractJson.readContract(json)).isInstanceOfSatisfying(ContractJsonException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.path()).isEqualTo(path);
    });
  }

  @Test
  void badResultsFailWithACodeAndAJsonPath() {
    assertThatThrownBy(() -> ContractJson.readResults("{\"results\": [{\"line\": \"a\", \"proven\": \"yes\"}]}"))
        .isInstanceOfSatisfying(ContractJsonException.class, e -> assertThat(e.path()).isEqualTo("$.results[0].proven"));
    assertThat(ContractJson.readResults("{\"crisisRecognised\": true}").crisisRecognised()).isTrue();
  }

  @Test
  void everyCodeHasAnEnglishAndAFrenchMessage() throws IOException {
    Properties en = load("messages.properties");
    Properties fr = load("messages_fr.properties");
    assertThat(en.keySet()).containsExactlyInAnyOrder("CPTS-0650", "CPTS-0651", "CPTS-0652", "CPTS-0653", "CPTS-0654", "CPTS-0325");
    assertThat(fr.keySet()).isEqualTo(en.keySet());
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ContractJsonTest.class.getResourceAsStream("/io/github/cptssdk/json/contract/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
