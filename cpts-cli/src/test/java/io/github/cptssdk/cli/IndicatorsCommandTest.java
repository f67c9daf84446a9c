package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsCommandTest {

  @TempDir
  Path dir;

  private final CliCapture cli = new CliCapture();

  private int run(String... argv) {
    return cli.run(dir, argv);
  }

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("communes.csv"), "code,name,department,region,epci,population\n"
        + "34301,Sète,34,76,243400769,44000\n34108,Frontignan,34,76,243400769,23000\n34003,Agde,34,76,200066355,29000\n"
        + "30189,Nîmes,30,76,,148000\n");
  }

  private Path synth(String scale) {
    assertThat(run("synth", "--epci", "243400769", "--seed", "7", "--out", "patients.csv", "--scale", scale,
        "--communes", "communes.csv", "--quiet")).isEqualTo(0);
    cli.resetOut();
    return dir.resolve("patients.csv");
  }

  @Test
  void synthThenIndicatorsTable() {
    synth("0.05");
    int code = run("indicators", "--patients", "patients.csv", "--territory", "cpts-sete=243400769;cpts-agde=34003",
        "--year", "2025", "--communes", "communes.csv", "--level", "all");
    assertThat(code).as(cli.err()).isEqualTo(0);
    assertThat(cli.out()).contains("cpts cpts-sete").contains("NO_MT_17_PLUS").contains("department 34").contains("region 76")
        .contains("masked (small count)").contains("published");
    assertThat(cli.err()).contains("rows read");
  }

  @Test
  void jsonIsMaskedByDefaultAndUnmaskedOnRequest() throws IOException {
    synth("0.01");
    Files.writeString(dir.resolve("t.csv"), "cpts_id,commune\ncpts-sete,34301\ncpts-sete,34108\n");
    assertThat(run("indicators", "--patients", "patients.csv", "--territories", "t.csv", "--year", "2025",
        "--communes", "communes.csv", "--json")).isEqualTo(0);
    JsonNode masked = new ObjectMapper().readTree(cli.out());
    JsonNode ald = masked.get("areas").get(0).get("indicators").get(4);
    assertThat(ald.get("id").asText()).isEqualTo("NO_MT_ALD");
    assertThat(ald.get("suppression").asText()).isEqualTo("primary");
    assertThat(ald.get("numerator").isNull()).isTrue();
    cli.resetOut();
    assertThat(run("indicators", "--patients", "patients.csv", "--territories", "t.csv", "--year", "2025",
        "--communes", "communes.csv", "--json", "--unmasked")).isEqualTo(0);
    JsonNode raw = new ObjectMapper().readTree(cli.out()).get("areas").get(0).get("indicators").get(4);
    assertThat(raw.get("numerator").isNumber()).isTrue();
    assertThat(raw.get("suppression").asText()).isEqualTo("primary");
  }

  @Test
  void badInputIsOneLineWithExitCode3() throws IOException {
    Files.writeString(dir.resolve("bad.csv"), "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s\n"
        + "p1,1950,M,34301,,0,0\np2,1950,M,34999,,0,0\n");
    int code = run("indicators", "--patients", "bad.csv", "--territory", "cpts-sete=34301", "--year", "2025", "--communes", "communes.csv");
    assertThat(code).isEqualTo(3);
    assertThat(cli.err()).startsWith("error: CPTS-0706: row 3, column commune").doesNotContain("p2").doesNotContain("Exception");
    cli.resetErr();
    cli.resetOut();
    assertThat(run("indicators", "--patients", "bad.csv", "--territory", "cpts-sete=34301", "--year", "2025", "--communes",
        "communes.csv", "--on-error", "skip", "--json")).isEqualTo(0);
    assertThat(cli.out()).contains("\"CPTS-0706\" : 1");
  }

  @Test
  void usageErrors() {
    assertThat(run("indicators", "--patients", "x.csv", "--year", "2025", "--communes", "communes.csv")).isEqualTo(2);
    assertThat(cli.err()).contains("--territory");
    cli.resetErr();
    assertThat(run("indicators", "--patients", "x.csv", "--year", "2025", "--territory", "cpts-a=34301", "--communes", "communes.csv")).isEqualTo(3);
    assertThat(cli.err()).contains("not found");
    cli.resetErr();
    assertThat(run("synth", "--out", "x.csv", "--communes", "communes.csv")).isEqualTo(2);
    assertThat(run("synth", "--epci", "243400769", "--out", "x.csv", "--scale", "0", "--communes", "communes.csv")).isEqualTo(2);
    assertThat(run("indicators", "--bogus", "1")).isEqualTo(2);
  }

  @Test
  void synthIsDeterministic() throws IOException {
    String first = Files.readString(synth("0.02"));
    String second = Files.readString(synth("0.02"));
    assertThat(first).isEqualTo(second).startsWith("patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s,");
  }

  @Test
  void cptsDocumentsOnTheOfficialReferential() throws IOException {
    Path data = Path.of("..", "examples", "data").toAbsolutePath().normalize();
    String cpts = data.resolve("cpts-sete.json") + "," + data.resolve("cpts-loches.json") + "," + data.resolve("cpts-nancy.json");
    assertThat(run("synth", "--epci", "200066355", "--seed", "7", "--out", "sete.csv", "--scale", "0.05", "--quiet")).as(cli.err()).isEqualTo(0);
    cli.resetOut();
    assertThat(run("indicators", "--patients", "sete.csv", "--cpts", cpts, "--year", "2025", "--json", "--quiet")).as(cli.err()).isEqualTo(0);
    JsonNode areas = new ObjectMapper().readTree(cli.out()).get("areas");
    assertThat(areas).extracting(a -> a.get("code").asText()).containsExactly("cpts-loches", "cpts-nancy", "cpts-sete");
    JsonNode sete = areas.get(2).get("indicators").get(0);
    assertThat(sete.get("id").asText()).isEqualTo("NO_MT_17_PLUS");
    assertThat(sete.get("denominator").asLong()).isBetween(4_000L, 6_000L);
    assertThat(areas.get(0).get("indicators").get(0).get("suppression").asText()).isEqualTo("primary");
  }

  @Test
  void sparkEngineIsNeverInTheCliJarAndItsOptionsAreChecked() {
    synth("0.01");
    String[] base = {"indicators", "--patients", "patients.csv", "--territory", "cpts-sete=243400769", "--year", "2025",
        "--communes", "communes.csv"};
    assertThat(run(with(base, "--engine", "gpu"))).isEqualTo(2);
    assertThat(cli.err()).startsWith("error: CPTS-0902: --engine expects memory or spark");
    assertThat(run(with(base, "--master", "local[2]"))).isEqualTo(2);
    assertThat(cli.err()).contains("--master needs --engine spark");
    // --events is accepted with Spark; a missing events file is one line, before Spark is looked for
    cli.resetErr();
    assertThat(run(with(base, "--engine", "spark", "--events", "no-events.csv"))).isEqualTo(3);
    assertThat(cli.err()).isEqualToIgnoringNewLines("error: CPTS-0903: file not found: " + dir.resolve("no-events.csv"));
    // the CLI's class path holds no Spark: the command says how to get it, in one line
    assertThat(run(with(base, "--engine", "spark"))).isEqualTo(2);
    assertThat(cli.err()).contains("run it through ./cpts").doesNotContain("Exception");
    assertThat(run(with(base, "--engine", "memory"))).as(cli.err()).isEqualTo(0);
  }

  private static String[] with(String[] base, String... more) {
    String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }
}
