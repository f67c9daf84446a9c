package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.desk.io.CapacityCsvReader;
import io.github.cptssdk.desk.io.DeskJson;
import io.github.cptssdk.json.contract.ContractJson;
import io.github.cptssdk.registries.annuaire.AnnuaireLayout;
import io.github.cptssdk.registries.annuaire.SyntheticAnnuaire;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskCommandTest {

  @TempDir
  Path dir;

  private final CliCapture cli = new CliCapture();

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("requests.csv"), "request_id,commune,birth_year,ald,c2s,received_on\n"
        + "r1,34301,1990,0,0,2025-01-02\nr2,34301,1950,1,0,2025-01-20\nr3,34108,1990,0,1,2025-01-05\n");
    Files.writeString(dir.resolve("capacity.csv"), "rpps,commune,new_patients\n10000000017,34301,1\n10000000025,34108,1\n");
    StringBuilder history = new StringBuilder("request_id,commune,birth_year,ald,c2s,received_on,steps\n");
    for (int i = 0; i < 12; i++) {
      history.append("h").append(i).append(",34301,1950,1,0,2025-02-01,PROPOSED:2025-02-03:10000000017;ACCEPTED:2025-02-04;"
          + "DECLARED:2025-02-").append(10 + i).append('\n');
    }
    history.append("w1,34301,1990,0,1,2025-03-01,\n");
    Files.writeString(dir.resolve("history.csv"), history);
  }

  @Test
  void matchPrintsProposalsAndWaitingWithWhy() {
    int code = cli.run(dir, "desk", "match", "--requests", "requests.csv", "--capacity", "capacity.csv", "--period",
        "2025-02-01/2025-02-28");
    assertThat(code).isZero();
    assertThat(cli.out()).contains("r2", "same commune", "2 proposed, 1 waiting");
  }

  @Test
  void matchJsonHasProposalsAndWaitingIds() throws Exception {
    assertThat(cli.run(dir, "desk", "match", "--requests", "requests.csv", "--capacity", "capacity.csv", "--period",
        "2025-02-01/2025-02-28", "--json")).isZero();
    JsonNode root = ContractJson.readTree(cli.out().getBytes(StandardCharsets.UTF_8));
    assertThat(root.path("proposals").get(0).path("requestId").asText()).isEqualTo("r2");
    assertThat(root.path("proposals").get(0).path("rpps").asText()).isEqualTo("10000000017");
    assertThat(root.path("proposals").get(1).path("requestId").asText()).isEqualTo("r3");
    assertThat(root.path("waiting").get(0).asText()).isEqualTo("r1");
  }

  @Test
  void matchTakesTheGpsOfTheRegistryOrACapacityJson() throws Exception {
    CommuneReferential ref = CommuneReferential.official();
    SyntheticAnnuaire.of(ref, ref.epciTerritory(EpciCode.parse("200066355")), 11)
        .write(dir.resolve("annuaire.txt"), 400, AnnuaireLayout.Y2026, false, null);
    assertThat(cli.run(dir, "desk", "match", "--requests", "requests.csv", "--rpps", "annuaire.txt", "--places", "1",
        "--epci", "200066355", "--period", "2025-02-01/2025-02-28", "--json", "--quiet")).as(cli.err()).isZero();
    JsonNode root = ContractJson.readTree(cli.out().getBytes(StandardCharsets.UTF_8));
    assertThat(root.path("proposals")).hasSize(3);
    assertThat(root.path("waiting")).isEmpty();
    cli.resetOut();
    Files.writeString(dir.resolve("capacity.json"), DeskJson.writeCapacity(
        CapacityCsvReader.of(ref).read(dir.resolve("capacity.csv"))));
    assertThat(cli.run(dir, "desk", "match", "--requests", "requests.csv", "--capacity", "capacity.json", "--period",
        "2025-02-01/2025-02-28")).isZero();
    assertThat(cli.out()).contains("2 proposed, 1 waiting");
    assertThat(cli.run(dir, "desk", "match", "--requests", "requests.csv", "--rpps", "annuaire.txt", "--period",
        "2025-02-01/2025-02-28")).isEqualTo(2);
    assertThat(cli.run(dir, "desk", "match", "--requests", "requests.csv", "--rpps", "annuaire.txt", "--places", "-1",
        "--period", "2025-02-01/2025-02-28")).isEqualTo(2);
    assertThat(cli.run(dir, "desk", "match", "--requests", "requests.csv", "--capacity", "capacity.json", "--rpps",
        "annuaire.txt", "--places", "1", "--period", "2025-02-01/2025-02-28")).isEqualTo(2);
  }

  @Test
  void reportMasksSmallCounts() throws Exception {
    assertThat(cli.run(dir, "desk", "report", "--history", "history.csv", "--period", "2025-01-01/2025-12-31", "--json"))
        .isZero();
    JsonNode values = ContractJson.readTree(cli.out().getBytes(StandardCharsets.UTF_8)).path("values");
    assertThat(find(values, "FOUND_GP").path("value").asInt()).isEqualTo(12);
    assertThat(find(values, "BACKLOG").path("masked").asBoolean()).isTrue();
    assertThat(find(values, "BACKLOG").path("value").isNull()).isTrue();
    cli.resetOut();
    assertThat(cli.run(dir, "desk", "report", "--history", "history.csv", "--period", "2025-01-01/2025-12-31")).isZero();
    assertThat(cli.out()).contains("BACKLOG", "< 11");
  }

  private static JsonNode find(JsonNode values, String measure) {
    for (JsonNode v : values) {
      if (v.path("measure").asText().equals(measure)) {
        return v;
      }
    }
    throw new AssertionError(measure);
  }

  @Test
  void badInputIsOneCodedLine() throws Exception {
    Files.writeString(dir.resolve("bad.csv"), "request_id,commune,birth_year,ald,c2s,received_on\nr1,34301,19x0,0,0,2025-01-02\n");
    assertThat(cli.run(dir, "desk", "match", "--requests", "bad.csv", "--capacity", "capacity.csv", "--period",
        "2025-02-01/2025-02-28")).isEqualTo(3);
    assertThat(cli.err()).startsWith("error: CPTS-1323: row 2, column birth_year").doesNotContain("19x0");
    assertThat(cli.run(dir, "desk", "match", "--requests", "requests.csv", "--capacity", "capacity.csv", "--period",
        "2025-02-28/2025-02-01")).isEqualTo(2);
    assertThat(cli.run(dir, "desk", "frobnicate")).isEqualTo(2);
  }
}
