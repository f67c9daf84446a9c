package io.github.cptssdk.cli;

import io.github.cptssdk.core.CptsException;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command prints one code per error line: a message that quotes a coded finding or exception
 * ({@code CPTS-1110: ...}) is not prefixed with the CLI's own code as well (the bug was
 * {@code error: CPTS-0903: CPTS-1110: ...} from {@code sas slots}).
 */
class OneErrorCodeTest {

  private static final Pattern CODE = Pattern.compile("CPTS-\\d{4}: ");
  private static final String OFFER = Path.of("../examples/data/sas-offer-sete.json").toAbsolutePath().toString();
  private static final String CPTS = Path.of("../examples/data/cpts-sete.json").toAbsolutePath().toString();
  private static final String FROM = "2026-12-07T08:00:00+01:00";
  private static final String TO = "2026-12-07T13:00:00+01:00";

  @TempDir
  Path dir;

  /** Failing invocations of every command: bad usage, bad data, quoted findings and exceptions. */
  private Map<String, List<String[]>> failures() throws IOException {
    Files.writeString(dir.resolve("overlap.json"),
        Files.readString(Path.of(OFFER)).replaceFirst("2026-12-07T08:20:00Z", "2026-12-07T09:10:00Z"));
    Files.writeString(dir.resolve("bad.json"), "{\"schema\":");
    String ids26 = String.join(",", Collections.nCopies(26, "810000000108"));
    return Map.ofEntries(
        Map.entry("demo", List.<String[]>of(new String[] {"demo", "--data", "missing-dir", "--out", "o"})),
        Map.entry("territory", List.of(new String[] {"territory", "--communes", "34301,99999"},
            new String[] {"territory", "--epci", "123"})),
        Map.entry("simulate", List.<String[]>of(new String[] {"simulate", "--population", "abc", "--date", "2025-01-01"})),
        Map.entry("funding", List.<String[]>of(new String[] {"funding", "--contract", "bad.json", "--year", "2"})),
        Map.entry("eligibility", List.<String[]>of(new String[] {"eligibility", "--cpts", "bad.json", "--date", "2025-01-01"})),
        Map.entry("indicators", List.<String[]>of(new String[] {"indicators", "--patients", "missing.csv", "--year", "2025",
            "--territory", "x=34301"})),
        Map.entry("synth", List.<String[]>of(new String[] {"synth", "--epci", "123", "--out", "p.csv"})),
        Map.entry("desk", List.<String[]>of(new String[] {"desk", "match", "--requests", "missing.csv"})),
        Map.entry("fhir", List.<String[]>of(new String[] {"fhir", "import", "bad.json", "--out", "x.json"},
            new String[] {"fhir", "export", "--cpts", CPTS, "--out", "x.json", "--type", "nope"})),
        Map.entry("sas", List.of(
            new String[] {"sas", "slots", "--offer", OFFER, "--professionals", ids26, "--from", FROM, "--to", TO, "--out", "o.json"},
            new String[] {"sas", "slots", "--offer", "overlap.json", "--professionals", "810000000108", "--from", FROM, "--to", TO,
                "--out", "o.json"},
            new String[] {"sas", "appointments", "bad.json"})),
        Map.entry("supply", List.<String[]>of(new String[] {"supply", "--rpps", "missing.txt"})),
        Map.entry("members", List.<String[]>of(new String[] {"members", "--rpps", "missing.txt", "--cpts", CPTS, "--out", "m.json"})));
  }

  @Test
  void everyCommandHasFailingCases() throws IOException {
    assertThat(failures().keySet()).containsAll(Main.COMMANDS.stream().map(Command::name).toList());
  }

  @Test
  void everyErrorLineCarriesExactlyOneCode() throws IOException {
    for (Map.Entry<String, List<String[]>> e : failures().entrySet()) {
      for (String[] argv : e.getValue()) {
        CliCapture cli = new CliCapture();
        int exit = cli.run(dir, argv);
        List<String> lines = cli.err().lines().filter(l -> l.startsWith("error: ")).toList();
        String what = List.of(argv) + " -> exit " + exit + ", stderr:\n" + cli.err();
        assertThat(exit).as(what).isBetween(2, 4);
        assertThat(lines).as(what).hasSize(1);
        assertThat(lines.get(0)).as(what).matches("error: CPTS-\\d{4}: .*");
        assertThat(codes(lines.get(0))).as(what).isEqualTo(1);
      }
    }
  }

  @Test
  void theSasRequestErrorKeepsTheCodeOfItsFinding() {
    CliCapture cli = new CliCapture();
    String ids26 = String.join(",", Collections.nCopies(26, "810000000108"));
    assertThat(cli.run(dir, "sas", "slots", "--offer", OFFER, "--professionals", ids26, "--from", FROM, "--to", TO,
        "--out", "o.json")).isEqualTo(3);
    assertThat(cli.err()).contains("error: CPTS-1110: bad SAS request").doesNotContain("CPTS-0903");
  }

  @Test
  void aReportedCodeIsTheLineCodeOnce() {
    assertThat(CliException.data("--communes, code 2", new CptsException("CPTS-0012", "unknown commune")).getMessage())
        .isEqualTo("CPTS-0012: --communes, code 2: unknown commune");
    assertThat(CliException.data("plain").getMessage()).isEqualTo("CPTS-0903: plain");
    assertThat(CliException.usage(new CptsException("CPTS-1110", "a")).code()).isEqualTo("CPTS-1110");
    assertThat(CliException.coded(CliException.DATA, "CPTS-0720", "x").getMessage()).isEqualTo("CPTS-0720: x");
  }

  private static int codes(String line) {
    Matcher m = CODE.matcher(line);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
