package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --table FILE} on simulate, funding and eligibility. */
class SuppliedTableCommandsTest {

  private static final String EXAMPLE = "examples/data/table-observed-contracts-avenant2.tsv";

  private final CliCapture cli = new CliCapture();

  private int run(String... argv) {
    return cli.run(Path.of("..").toAbsolutePath(), argv);
  }

  @Test
  void theExampleTableOfObservedContractAmountsIsShownAsSupplied() {
    assertThat(run("simulate", "--size", "3", "--date", "2025-01-01", "--table", EXAMPLE)).isZero();
    assertThat(cli.out()).contains("MISSION_FIXED ACCESS_TO_CARE                    90,000.00  SUPPLIED [observed contract amounts")
        .contains("table supplied by the user").contains("Annual total: known part 340,000.00 + 3 unknown line(s)");
  }

  @Test
  void aFullTableGivesANumericTotalAndNoUnknownLine(@TempDir Path dir) throws IOException {
    StringBuilder t = new StringBuilder("VERSION_ID\t-\t-\tAVENANT_2\t-\t-\t-\n")
        .append("OPERATING_YEARLY\t-\tSIZE_2\t60000\tSUPPLIED\t-\t-\n")
        .append("SNP_COMPENSATION\tACCESS_TO_CARE\tSIZE_2\t0.50\tSUPPLIED\t-\t-\n")
        .append("CRISIS_ACTIVATION\tHEALTH_CRISIS\tSIZE_2\t10\tSUPPLIED\t-\t-\n");
    for (String m : new String[] {"ACCESS_TO_CARE", "CARE_PATHWAYS", "PREVENTION", "HEALTH_CRISIS"}) {
      t.append("MISSION_FIXED\t").append(m).append("\tSIZE_2\t1000\tSUPPLIED\t-\t-\n");
      t.append("MISSION_VARIABLE\t").append(m).append("\tSIZE_2\t100.25\tSUPPLIED\t-\t-\n");
    }
    Path file = Files.writeString(dir.resolve("full.tsv"), t);
    assertThat(run("simulate", "--population", "50000", "--date", "2025-01-01", "--table", file.toString(), "--json")).isZero();
    JsonNode n = new ObjectMapper().readTree(cli.out());
    assertThat(n.get("total").decimalValue()).isEqualByComparingTo("64411.50");
    assertThat(n.get("unknownLines")).isEmpty();
  }

  @Test
  void aBadTableIsOneErrorLineWithItsCodeAndLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.tsv"), "MISSION_FIXED\tPREVENTION\tSIZE_3\t-4\tSUPPLIED\t-\t-\n");
    assertThat(run("funding", "--contract", "examples/data/contract-sete.json", "--year", "1", "--table", file.toString(),
        "--version", "AVENANT_2")).isEqualTo(3);
    assertThat(cli.err()).startsWith("error: CPTS-1475: line 1: amount [-4]");
    assertThat(run("eligibility", "--cpts", "examples/data/cpts-sete.json", "--date", "2025-01-01", "--table",
        file.toString())).isEqualTo(3);
    assertThat(cli.err()).contains("error: CPTS-1478");
    assertThat(run("simulate", "--size", "3", "--date", "2025-01-01", "--version", "AVENANT_2")).isEqualTo(2);
  }

  @Test
  void aMalformedOrUnknownVersionIsAUsageErrorWithItsCode() {
    assertThat(run("simulate", "--size", "3", "--date", "2025-01-01", "--table", EXAMPLE, "--version", "avenant-2")).isEqualTo(2);
    assertThat(cli.err()).startsWith("error: CPTS-1495: malformed ACI version id [avenant-2]");
    cli.resetErr();
    assertThat(run("funding", "--contract", "examples/data/contract-sete.json", "--year", "1", "--table", EXAMPLE,
        "--version", "AVENANT_9")).isEqualTo(2);
    assertThat(cli.err()).startsWith("error: CPTS-1481: option --version: no ACI version [AVENANT_9]; expected one of [ACI_2019, AVENANT_2]");
    assertThat(run("simulate", "--size", "3", "--date", "2025-01-01", "--table", EXAMPLE, "--version", "AVENANT_2")).as(cli.err()).isZero();
  }

  @Test
  void aJsonTableWithAMalformedVersionIsOneCodedError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("t.json"), "{\"format\": \"cpts-aci-table/1\", \"version\": \"Avenant 2\",\n"
        + " \"figures\": [{\"item\": \"MISSION_FIXED\", \"mission\": \"PREVENTION\", \"size\": \"SIZE_3\", \"value\": \"1\"}]}\n");
    assertThat(run("simulate", "--size", "3", "--date", "2025-01-01", "--table", file.toString())).isEqualTo(3);
    assertThat(cli.err()).startsWith("error: CPTS-1495: version: malformed ACI version id [Avenant 2]");
  }

  @Test
  void aJsonTableNamesTheLineOfEachFigure(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("t.json"), "{\"format\": \"cpts-aci-table/1\", \"version\": \"AVENANT_2\",\n"
        + " \"source\": \"my figures\",\n \"figures\": [\n  {\"item\": \"MISSION_FIXED\", \"mission\": \"PREVENTION\", \"size\": \"SIZE_3\", \"value\": \"17500\"},\n"
        + "  {\"item\": \"MISSION_FIXED\", \"mission\": \"PREVENTION\", \"size\": \"SIZE_3\", \"value\": \"1\"}\n ]}\n");
    assertThat(run("simulate", "--size", "3", "--date", "2025-01-01", "--table", file.toString())).isEqualTo(3);
    assertThat(cli.err()).startsWith("error: CPTS-1476: line 5: a second value");
  }

  /** Found by CommandsFuzzTest (issue 17): a table that is not UTF-8 was "CPTS-0903: Input length = 1". */
  @Test
  void aTableThatIsNotUtf8IsNamedAsSuch(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("t.tsv"), new byte[] {'i', 't', 'e', 'm', (byte) 0xE9, '\n'});
    assertThat(run("simulate", "--size", "3", "--date", "2025-01-01", "--table", file.toString())).isEqualTo(3);
    assertThat(cli.err()).isEqualToIgnoringNewLines(
        "error: CPTS-0903: file t.tsv is not UTF-8 text; expected a national table (TSV or JSON) in UTF-8");
  }
}
