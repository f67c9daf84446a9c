package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AciCommandsTest {

  private final CliCapture cli = new CliCapture();

  private int run(String... argv) {
    return cli.run(Path.of("..").toAbsolutePath(), argv);
  }

  @Test
  void simulatePrintsVersionSizeAndExplicitUnknowns() {
    assertThat(run("simulate", "--population", "131216", "--date", "2023-06-01",
        "--missions", "ACCESS_TO_CARE,CARE_PATHWAYS,PREVENTION,HEALTH_CRISIS")).isZero();
    assertThat(cli.out()).contains("AVENANT_2").contains("SIZE_3").contains("MISSION_FIXED HEALTH_CRISIS")
        .contains("unknown").contains("22500 OBSERVED").contains("Annual total: known part 0.00 + 11 unknown line(s)");
  }

  @Test
  void simulateUsesConfirmedFiguresOf2019() {
    assertThat(run("simulate", "--size", "4", "--date", "2020-01-01")).isZero();
    assertThat(cli.out()).contains("ACI_2019").contains("90,000.00").contains("450,000.00");
  }

  @Test
  void simulateJsonIsMachineReadable() throws Exception {
    assertThat(run("simulate", "--population", "50000", "--date", "2023-06-01", "--accept", "OBSERVED", "--json")).isZero();
    JsonNode n = new ObjectMapper().readTree(cli.out());
    assertThat(n.get("version").asText()).isEqualTo("AVENANT_2");
    assertThat(n.get("size").asText()).isEqualTo("SIZE_2");
    assertThat(n.get("complete").asBoolean()).isFalse();
    assertThat(n.get("lines").get(0).get("maximum").has("unknown")).isTrue();
  }

  @Test
  void fundingPrintsEarnedAmountsAndDatedPayments() {
    assertThat(run("funding", "--contract", "examples/data/contract-sete.json", "--year", "2",
        "--results", "examples/data/contract-sete-results-year2.json")).isZero();
    assertThat(cli.out()).contains("Contract year 2 (2023-11-15/2024-11-15), AVENANT_2, SIZE_3")
        .contains("2023-11-15      67,500.00  MISSION_FIXED ACCESS_TO_CARE")
        .contains("Earned (known): 251,150.00; paid: 251,150.00; unknown: [OPERATING_YEARLY]");
  }

  @Test
  void fundingProjectionAsJson() throws Exception {
    assertThat(run("funding", "--contract", "examples/data/contract-sete.json", "--year", "all", "--json")).isZero();
    JsonNode n = new ObjectMapper().readTree(cli.out());
    assertThat(n.size()).isEqualTo(5);
    for (JsonNode y : n) {
      assertThat(y.get("paid").decimalValue()).isEqualByComparingTo(y.get("knownEarned").decimalValue());
    }
  }

  @ParameterizedTest(name = "{0} -> exit {1}")
  @CsvSource(delimiter = '|', textBlock = """
      simulate --date 2023-01-01                                           | 2 | give one of --population, --size or --cpts
      simulate --population 10 --date 2023-13-01                          | 2 | expects a date
      simulate --population abc --date 2023-01-01                         | 2 | whole number
      simulate --population 10 --date 2019-01-01                          | 3 | CPTS-0400
      simulate --population 10 --date 2023-01-01 --missions CARE          | 2 | unknown mission
      simulate --population 10 --date 2023-01-01 --accept MAYBE           | 2 | unknown status
      simulate --population 10 --date 2023-01-01 --colour red             | 2 | unknown option
      funding --contract missing.json --year 1                            | 3 | file not found
      funding --contract examples/data/contract-sete.json --year 9        | 3 | CPTS-0600
      funding --contract examples/data/contract-sete.json --year x        | 2 | contract year
      funding --contract pom.xml --year 1                                 | 3 | CPTS-0650
      """)
  void badInputIsOneLineAndANonZeroExit(String line, int exit, String message) {
    assertThat(run(line.trim().split("\\s+"))).isEqualTo(exit);
    String e = cli.err();
    assertThat(e).startsWith("error: ").contains(message);
    assertThat(e.strip().lines()).hasSize(1);
  }
}
