package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.registries.annuaire.AnnuaireLayout;
import io.github.cptssdk.registries.annuaire.SyntheticAnnuaire;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cpts supply} and {@code ./cpts members} on a generated registry file. */
class RegistryCommandsTest {

  static final CommuneReferential REF = CommuneReferential.official();
  static final Territory SETE = REF.epciTerritory(EpciCode.parse("200066355"));

  @TempDir
  Path dir;

  Path registry() {
    Path file = dir.resolve("PS_LibreAcces_Personne_activite_202609230000.txt");
    SyntheticAnnuaire.of(REF, SETE.union(Territory.parse("75056")), 11).write(file, 2000, AnnuaireLayout.Y2026, false, null);
    return file;
  }

  @Test
  void supplyPrintsTheDocumentedJsonKeys() throws Exception {
    registry();
    CliCapture cli = new CliCapture();
    assertThat(cli.run(dir, "supply", "--rpps", "PS_LibreAcces_Personne_activite_202609230000.txt", "--epci", "200066355",
        "--finess", Path.of("..").toAbsolutePath().normalize()
            .resolve("../shared/registries/finess/sample-finess-structures-journalier-20260309.json").toString(), "--json"))
        .as(cli.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("population").asLong()).isEqualTo(REF.profile(SETE).population());
    assertThat(json.get("generalPractitioners").asLong()).isPositive();
    assertThat(json.get("professions").get(0).fieldNames()).toIterable()
        .containsExactly("code", "label", "professionals", "liberal", "salaried", "per10000");
    assertThat(json.get("structures").isArray()).isTrue();
    assertThat(json.get("rowsRead").asLong()).isGreaterThan(2000);
    assertThat(json.get("rowsSkipped").isObject()).isTrue();
    cli.resetOut();
    assertThat(cli.run(dir, "supply", "--rpps", "PS_LibreAcces_Personne_activite_202609230000.txt", "--communes", "34301")).isZero();
    assertThat(cli.out()).contains("general practitioners").contains("Médecin");
  }

  @Test
  void supplyReadsALegacyEtalabFinessFileDetectedFromItsFirstLine() throws Exception {
    registry();
    String cpts = io.github.cptssdk.core.id.FinessNumber.withComputedKey("34000001").value();
    String msp = io.github.cptssdk.core.id.FinessNumber.withComputedKey("34000002").value();
    StringBuilder b = new StringBuilder("finess;etalab;111;2026-05-04\r\n");
    for (String[] s : new String[][] {{cpts, "604"}, {msp, "603"}}) {
      String[] f = new String[32];
      java.util.Arrays.fill(f, "");
      f[0] = "structureet";
      f[1] = s[0];
      f[3] = "\"CPTS \"\"DU BASSIN\"\"; SETE\"";
      f[12] = "301";
      f[13] = "34";
      f[18] = s[1];
      b.append(String.join(";", f)).append("\r\n");
    }
    Files.write(dir.resolve("etalab-cs1100507-stock-20260504-0339.csv"), b.toString().getBytes("windows-1252"));
    CliCapture cli = new CliCapture();
    assertThat(cli.run(dir, "supply", "--rpps", "PS_LibreAcces_Personne_activite_202609230000.txt", "--epci", "200066355",
        "--finess", "etalab-cs1100507-stock-20260504-0339.csv", "--json")).as(cli.err()).isZero();
    JsonNode structures = new ObjectMapper().readTree(cli.out()).get("structures");
    assertThat(structures).hasSize(2);
    assertThat(structures.get(0).get("category").asText()).isEqualTo("603");
    assertThat(structures.get(1).get("count").asLong()).isEqualTo(1);
  }

  @Test
  void badInputIsOneCodedLine() throws Exception {
    Files.writeString(dir.resolve("bad.txt"), "Type d'identifiant PP|Identifiant PP|\n8|123|\n");
    CliCapture cli = new CliCapture();
    assertThat(cli.run(dir, "supply", "--rpps", "bad.txt", "--epci", "200066355")).isEqualTo(3);
    assertThat(cli.err().strip()).startsWith("error: CPTS-1000").doesNotContain("\n");
    assertThat(cli.run(dir, "supply", "--rpps", "bad.txt")).isEqualTo(2);
  }

  @Test
  void membersWritesTheCptsDocumentWithItsMembers() throws Exception {
    registry();
    Path cptsFile = Path.of("..").toAbsolutePath().normalize().resolve("examples/data/cpts-sete.json");
    CliCapture cli = new CliCapture();
    assertThat(cli.run(dir, "members", "--rpps", "PS_LibreAcces_Personne_activite_202609230000.txt", "--cpts", cptsFile.toString(),
        "--out", "members.json")).as(cli.err()).isZero();
    Cpts cpts = CptsJson.read(dir.resolve("members.json"));
    assertThat(cpts.professionals()).hasSizeGreaterThan(100);
    String first = cpts.professionals().get(0).rpps().value();
    Files.writeString(dir.resolve("adherents.txt"), "rpps\n" + first + "\n");
    assertThat(cli.run(dir, "members", "--rpps", "PS_LibreAcces_Personne_activite_202609230000.txt", "--cpts", cptsFile.toString(),
        "--adherents", "adherents.txt", "--out", "adherents.json")).isZero();
    assertThat(CptsJson.read(dir.resolve("adherents.json")).professionals()).singleElement()
        .satisfies(m -> assertThat(m.rpps().value()).isEqualTo(first));
    Files.writeString(dir.resolve("wrong.txt"), "12345\n");
    assertThat(cli.run(dir, "members", "--rpps", "PS_LibreAcces_Personne_activite_202609230000.txt", "--cpts", cptsFile.toString(),
        "--adherents", "wrong.txt", "--out", "x.json")).isEqualTo(3);
    assertThat(cli.err()).contains("CPTS-1040");
  }
}
