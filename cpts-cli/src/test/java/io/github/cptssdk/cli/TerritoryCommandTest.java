package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TerritoryCommandTest {

  private final CliCapture cli = new CliCapture();

  private int run(String... argv) {
    return cli.run(Path.of("."), argv);
  }

  @Test
  void epci_as_a_table() {
    assertThat(run("territory", "--epci", "200066355")).isZero();
    assertThat(cli.out()).contains("CA Sète Agglopôle Méditerranée")
        .containsPattern("population\\s+131,216")
        .containsPattern("communeCount\\s+14")
        .containsPattern("departments\\s+34 Hérault")
        .containsPattern("regions\\s+76 Occitanie")
        .containsPattern("sizeBand\\s+SIZE_3 under ACI_2019, SIZE_3 under AVENANT_2")
        .containsPattern("unknownCodes\\s+none");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void epci_as_json() throws Exception {
    assertThat(run("territory", "--epci=200066355", "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("population").asLong()).isEqualTo(131_216L);
    assertThat(json.get("communeCount").asInt()).isEqualTo(14);
    assertThat(json.get("departments").toString()).isEqualTo("[\"34\"]");
    assertThat(json.get("regions").toString()).isEqualTo("[\"76\"]");
    assertThat(json.get("epci").get("name").asText()).isEqualTo("CA Sète Agglopôle Méditerranée");
    assertThat(json.get("unknownCodes").size()).isZero();
    assertThat(json.get("sizeBand").toString()).isEqualTo("{\"ACI_2019\":\"SIZE_3\",\"AVENANT_2\":\"SIZE_3\"}");
  }

  @Test
  void communes_with_an_unknown_code_are_listed_and_warned() throws Exception {
    assertThat(run("territory", "--communes", "34301,34157,34999", "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("population").asLong()).isEqualTo(45_337L + 12_669L);
    assertThat(json.get("communeCount").asInt()).isEqualTo(2);
    assertThat(json.get("unknownCodes").toString()).isEqualTo("[\"34999\"]");
    assertThat(json.has("epci")).isFalse();
    assertThat(cli.err()).startsWith("warning: 1 code(s) unknown").contains("34999");
  }

  @Test
  void department_and_region() {
    assertThat(run("territory", "--department", "2a")).isZero();
    assertThat(cli.out()).containsPattern("population\\s+168,306").containsPattern("regions\\s+94 Corse");
    assertThat(run("territory", "--region", "76", "--json")).isZero();
  }

  @Test
  void unknown_epci_is_a_one_line_data_error() {
    assertThat(run("territory", "--epci", "213403017")).isEqualTo(CliException.DATA);
    assertThat(cli.err()).startsWith("error: CPTS-0201: unknown EPCI code [213403017]").hasLineCount(1);
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void unknown_department_and_malformed_codes_are_data_errors() {
    assertThat(run("territory", "--department", "20")).isEqualTo(CliException.DATA);
    assertThat(run("territory", "--epci", "12345")).isEqualTo(CliException.DATA);
    assertThat(run("territory", "--communes", "34301,3430X")).isEqualTo(CliException.DATA);
    assertThat(cli.err()).contains("error: CPTS-0001: --communes, code 2: invalid INSEE commune code");
    assertThat(cli.err().lines()).hasSize(3).allMatch(l -> l.startsWith("error: "));
  }

  @Test
  void bad_usage_exits_2() {
    assertThat(run("territory")).isEqualTo(CliException.USAGE);
    assertThat(run("territory", "--epci", "200066355", "--region", "76")).isEqualTo(CliException.USAGE);
    assertThat(run("territory", "--communes", ",")).isEqualTo(CliException.USAGE);
    assertThat(run("territory", "--commune", "34301")).isEqualTo(CliException.USAGE);
    assertThat(cli.err().lines()).hasSize(4).allMatch(l -> l.startsWith("error: "));
  }

  @Test
  void help_shows_the_usage() {
    assertThat(run("help", "territory")).isZero();
    assertThat(cli.out()).startsWith("usage: ./cpts territory");
  }
}
