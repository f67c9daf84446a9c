package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cpts funding --contract FILE --cpts FILE}: the contract tied to its CPTS document and its territory. */
class FundingTerritoryCommandTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String CONTRACT = "examples/data/contract-sete.json";
  private static final String CPTS = "examples/data/cpts-sete.json";

  private final CliCapture cli = new CliCapture();

  private int run(String... argv) {
    return cli.run(ROOT, argv);
  }

  @Test
  void aContractAgreeingWithItsDocumentIsFundedOnItsTerritoryWithoutFinding() throws IOException {
    assertThat(run("funding", "--contract", CONTRACT, "--cpts", CPTS, "--year", "2")).as(cli.err()).isZero();
    assertThat(cli.out()).contains("CPTS document cpts-sete: ").contains("population 131216 (")
        .contains("The contract agrees with its territory").contains(", AVENANT_2, SIZE_3");
    cli.resetOut();
    assertThat(run("funding", "--contract", CONTRACT, "--cpts", CPTS, "--year", "2", "--json")).isZero();
    JsonNode n = new ObjectMapper().readTree(cli.out());
    assertThat(n.at("/territory/cpts").asText()).isEqualTo("cpts-sete");
    assertThat(n.at("/territory/population").asLong()).isEqualTo(131_216L);
    assertThat(n.at("/territory/vintage").asText()).isNotBlank();
    assertThat(n.at("/territory/findings")).isEmpty();
    assertThat(n.get("size").asText()).isEqualTo("SIZE_3");
  }

  @Test
  void aContractStatingAnotherBandGetsFindingsWithBothValuesAndOneBandIsFunded(@TempDir Path dir) throws IOException {
    Path wrong = Files.writeString(dir.resolve("wrong.json"), Files.readString(ROOT.resolve(CONTRACT))
        .replace("\"size\": \"SIZE_3\"", "\"size\": \"SIZE_2\"").replace("\"population\": 131216", "\"population\": 50000"));
    assertThat(run("funding", "--contract", wrong.toString(), "--cpts", CPTS, "--year", "all")).as(cli.err()).isZero();
    String out = cli.out();
    assertThat(out).contains("WARNING CPTS-1490 population: the contract states a population of [50000] but its territory has [131216]")
        .contains("WARNING CPTS-1491 size: the contract states size band [SIZE_2] but its territory gives [SIZE_3]")
        .contains("the size band of the territory is used").doesNotContain(", SIZE_2\n").doesNotContain(", SIZE_2" + System.lineSeparator());
    List<String> headers = out.lines().filter(l -> l.startsWith("Contract year ")).toList();
    assertThat(headers).hasSize(5).allMatch(h -> h.endsWith(", SIZE_3"));
    cli.resetOut();
    assertThat(run("funding", "--contract", wrong.toString(), "--cpts", CPTS, "--year", "all", "--json")).isZero();
    JsonNode years = new ObjectMapper().readTree(cli.out());
    List<String> sizes = new ArrayList<>();
    years.forEach(y -> sizes.add(y.get("size").asText()));
    assertThat(sizes).hasSize(5).containsOnly("SIZE_3");
    JsonNode findings = years.get(0).at("/territory/findings");
    assertThat(findings).extracting(f -> f.get("code").asText()).containsExactly("CPTS-1490", "CPTS-1491");
    assertThat(findings.get(1).get("path").asText()).isEqualTo("size");
    assertThat(findings.get(1).get("en").asText()).contains("[SIZE_2]").contains("[SIZE_3]").contains("[AVENANT_2]")
        .contains(years.get(0).at("/territory/vintage").asText());
    assertThat(findings.get(1).get("fr").asText()).contains("[SIZE_2]").contains("[SIZE_3]");
    cli.resetOut();
    assertThat(run("funding", "--contract", wrong.toString(), "--year", "2")).isZero();
    assertThat(cli.out()).as("without --cpts the contract's own band is funded").contains(", AVENANT_2, SIZE_2");
  }

  @Test
  void theDocumentOfAnotherCptsIsACodedErrorNamingBothIds() {
    assertThat(run("funding", "--contract", CONTRACT, "--cpts", "examples/data/cpts-loches.json", "--year", "1")).isEqualTo(3);
    assertThat(cli.err()).startsWith("error: CPTS-1496: --cpts: cptsId: the contract is for CPTS [cpts-sete] but the CPTS "
        + "document is [cpts-loches]");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void aBadOrMissingDocumentIsACodedDataError(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": \"cpts-sete\", ");
    assertThat(run("funding", "--contract", CONTRACT, "--cpts", bad.toString(), "--year", "1")).isEqualTo(3);
    assertThat(cli.err()).startsWith("error: CPTS-").doesNotContain("CPTS-0999");
    assertThat(cli.out()).isEmpty();
    cli.resetErr();
    assertThat(run("funding", "--contract", CONTRACT, "--cpts", dir.resolve("none.json").toString(), "--year", "1")).isEqualTo(3);
    assertThat(cli.err()).startsWith("error: CPTS-0903");
  }

  @Test
  void simulateTakesTheSizeBandOfADocumentsTerritory() throws IOException {
    assertThat(run("simulate", "--cpts", CPTS, "--date", "2025-01-01")).as(cli.err()).isZero();
    assertThat(cli.out()).contains("Size band: SIZE_3 (Taille 3), population 131216 of the territory of " + CPTS);
    cli.resetOut();
    assertThat(run("simulate", "--cpts", "examples/data/cpts-loches.json", "--date", "2025-01-01", "--json")).isZero();
    assertThat(new ObjectMapper().readTree(cli.out()).get("size").asText()).isEqualTo("SIZE_2");
    assertThat(run("simulate", "--cpts", CPTS, "--size", "3", "--date", "2025-01-01")).isEqualTo(2);
    assertThat(cli.err()).contains("CPTS-0902").contains("give one of --population, --size or --cpts");
  }

  @Test
  void eligibilityAddsTheFindingsOnTheContract(@TempDir Path dir) throws IOException {
    Path wrong = Files.writeString(dir.resolve("wrong.json"), Files.readString(ROOT.resolve(CONTRACT))
        .replace("\"size\": \"SIZE_3\"", "\"size\": \"SIZE_4\""));
    assertThat(run("eligibility", "--cpts", CPTS, "--date", "2025-01-01", "--json")).isZero();
    String without = cli.out();
    cli.resetOut();
    assertThat(run("eligibility", "--cpts", CPTS, "--contract", wrong.toString(), "--date", "2025-01-01", "--json")).isZero();
    assertThat(without).doesNotContain("CPTS-1491");
    assertThat(cli.out()).contains("CPTS-1491").contains("[SIZE_4]").contains("[SIZE_3]");
    cli.resetOut();
    assertThat(run("eligibility", "--cpts", "examples/data/cpts-loches.json", "--contract", CONTRACT, "--date", "2025-01-01"))
        .isEqualTo(1);
    assertThat(cli.out()).contains("CPTS-1496").contains("[cpts-sete]").contains("[cpts-loches]");
  }
}
