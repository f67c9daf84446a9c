package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityCommandTest {

  private final CliCapture cli = new CliCapture();

  private int run(String... argv) {
    return cli.run(Path.of("..").toAbsolutePath(), argv);
  }

  @Test
  void anEligibleCptsExitsZeroWithATable() {
    assertThat(run("eligibility", "--cpts", "examples/data/cpts-sete.json", "--date", "2023-06-01")).isZero();
    assertThat(cli.out()).contains("CPTS cpts-sete on 2023-06-01, ACI version in force: AVENANT_2")
        .contains("ELIGIBLE: 0 error(s)").contains("CPTS-0443").contains("QUALITY_RELEVANCE");
  }

  @Test
  void missionsDeployedBeforeTheirDeadlinesStayEligible() {
    assertThat(run("eligibility", "--cpts", "examples/data/cpts-sete.json", "--date", "2025-06-01")).isZero();
    assertThat(cli.out()).contains("ELIGIBLE: 0 error(s)").doesNotContain("CPTS-0442");
  }

  @Test
  void lateMissionsMakeItNotEligibleWithExitOne() {
    assertThat(run("eligibility", "--cpts", "examples/data/cpts-nancy.json", "--date", "2025-06-01")).isEqualTo(1);
    assertThat(cli.out()).contains("NOT ELIGIBLE: 5 error(s)")
        .contains("mission [CARE_PATHWAYS] is not fully deployed [22] days after its deadline [2025-05-10]")
        .contains("mission [PREVENTION] has not started [387] days after its start deadline [2024-05-10]");
  }

  @Test
  void a2019ContractLacksTheCrisisMissionOnceAvenant2AppliesInFrench() {
    assertThat(run("eligibility", "--cpts", "examples/data/cpts-loches.json", "--date", "2021-01-01")).isZero();
    cli.resetOut();
    assertThat(run("eligibility", "--cpts", "examples/data/cpts-loches.json", "--date", "2023-06-01", "--lang", "fr"))
        .isEqualTo(1);
    assertThat(cli.out()).contains("CPTS-0440").contains("HEALTH_CRISIS").contains("AVENANT_2");
  }

  @Test
  void jsonReportHasCodesPathsAndBothLanguages() throws IOException {
    assertThat(run("eligibility", "--cpts", "examples/data/cpts-nancy.json", "--date", "2025-06-01", "--json"))
        .isEqualTo(1);
    JsonNode n = new ObjectMapper().readTree(cli.out());
    assertThat(n.get("cpts").asText()).isEqualTo("cpts-nancy");
    assertThat(n.get("version").asText()).isEqualTo("AVENANT_2");
    assertThat(n.get("eligible").asBoolean()).isFalse();
    assertThat(n.get("errors").asInt()).isEqualTo(5);
    JsonNode first = n.get("issues").get(0);
    assertThat(first.get("code").asText()).matches("CPTS-04\\d\\d");
    assertThat(first.get("path").asText()).isEqualTo("missions[0].fullyDeployedOn");
    assertThat(first.get("fr").asText()).isNotEqualTo(first.get("en").asText());
  }

  @Test
  void anOverlappingContractedCptsIsReported(@TempDir Path dir) throws IOException {
    String sete = Files.readString(Path.of("../examples/data/cpts-sete.json"));
    Path other = dir.resolve("other.json");
    Files.writeString(other, sete.replace("\"id\": \"cpts-sete\"", "\"id\": \"cpts-other\""));
    assertThat(run("eligibility", "--cpts", "examples/data/cpts-sete.json", "--date", "2023-06-01",
        "--others", other.toString(), "--json")).isEqualTo(1);
    assertThat(cli.out()).contains("CPTS-0431").contains("cpts-other");
  }

  @ParameterizedTest(name = "{0} -> exit {1}")
  @CsvSource(delimiter = '|', textBlock = """
      eligibility --date 2023-01-01                                               | 2 | --cpts
      eligibility --cpts examples/data/cpts-sete.json --date 2023-02-30           | 2 | expects a date
      eligibility --cpts examples/data/cpts-sete.json --date 2023-01-01 --lang de | 2 | --lang
      eligibility --cpts missing.json --date 2023-01-01                           | 3 | file not found
      eligibility --cpts examples/data/contract-sete.json --date 2023-01-01       | 3 | CPTS-03
      eligibility --cpts pom.xml --date 2023-01-01                                | 3 | CPTS-03
      eligibility --cpts examples/data/cpts-sete.json --date 2023-01-01 --x 1     | 2 | unknown option
      """)
  void badInputIsOneLineAndANonZeroExit(String line, int exit, String message) {
    assertThat(run(line.trim().split("\\s+"))).isEqualTo(exit);
    String e = cli.err();
    assertThat(e).startsWith("error: ").contains(message);
    assertThat(e.strip().lines()).hasSize(1);
  }
}
