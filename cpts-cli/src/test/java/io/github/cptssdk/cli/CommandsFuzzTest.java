package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.testing.Mutations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The command line as the oracle of the readers (issue 17, "accepted, then used", second pass): mutated input
 * files (a CPTS document, a contract and its results, a patient CSV, the territory and commune CSVs, a FHIR
 * bundle in JSON and XML) are given to the real subcommands ({@link Main#run} with captured streams), and what
 * one command writes is given to the next, as a user chains them: {@code fhir export} then {@code fhir import}
 * (and {@code fhir validate}, 1 in {@value #VALIDATE_EVERY}), {@code fhir import --json} then {@code eligibility}
 * and {@code fhir export}, {@code synth} then {@code indicators}. The only outcomes allowed are a success (exit 0,
 * no error line), a negative result (exit 1, at most one coded error line) or exactly one line
 * {@code error: CPTS-nnnn: ...} with exit 2 to 4; never exit 70 (CPTS-0999), a stack trace or an exception's
 * name. {@link MainFuzzTest} mutates argument vectors; this suite mutates the files.
 *
 * <p>Besides the byte mutations of {@link Mutations}, values are replaced by the hostile values of the issue's
 * campaign ({@code +999999999-12-31}, {@code \udc00}, {@code 1E999999999}, a UTF-32 byte-order mark) so that
 * many inputs are accepted and reach the commands after the reader. Runs per run: 30 tries x
 * {@value #DEFAULT_PER_TRY} rounds, each about 12 commands ({@code -Dcpts.fuzz.perTry} scales it).
 */
class CommandsFuzzTest {

  static final int DEFAULT_PER_TRY = 3;
  static final int PER_TRY = Math.max(1, Integer.getInteger("cpts.fuzz.perTry", 1_000) * DEFAULT_PER_TRY / 1_000);
  /**
   * {@code fhir validate} builds the FR Core validator (about 15 s on an idle machine) before it reads the file, then
   * takes about 0.3 s a bundle: it runs on the first export accepted and one in {@value #VALIDATE_EVERY} after it.
   */
  static final int VALIDATE_EVERY = 200;
  private static final Pattern ERROR = Pattern.compile("error: CPTS-\\d{4}: (?!.*CPTS-\\d{4}: ).*");
  private static final Pattern CODE = Pattern.compile("error: (CPTS-\\d{4})");
  private static final String TERRITORIES = "cpts_id,commune\ncpts-a,34301\ncpts-a,34108\ncpts-b,34157\n";
  private static final String COMMUNES = "code,name,department,region,epci,population\n"
      + "34301,S\u00e8te,34,76,243400769,44000\n34108,Frontignan,34,76,243400769,23000\n34157,Marseillan,34,76,243400769,8000\n";
  private static final String PATIENTS = "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s\n"
      + "p1,1950,F,34301,10000000001,1,0\np2,2001,M,34108,,0,1\np3,1940,F,34157,10000000001,1,1\n";
  private static final Path DIR = files();
  private static final String PACKAGES = sharedPackages().toString();
  private static final String CPTS = read("cpts.json");
  private static final String CONTRACT = read("contract.json");
  private static final String RESULTS = read("results.json");
  private static final String BUNDLE_JSON = read("bundle.json");
  private static final String BUNDLE_XML = read("bundle.xml");
  /** Values of the hostile-input campaign of issue 17, and the bounds of what is accepted. */
  private static final List<String> HOSTILE_STRINGS = List.of("+999999999-12-31", "-999999999-01-01", "1970-01-01",
      "1970-01-02", "2149-06-06", "2149-06-07", "2015-12-31", "2016-01-27", "\\udc00", "\\ud800x", "\\ud83d\\ude00", "\udc00", "");
  private static final List<String> HOSTILE_NUMBERS = List.of("1E999999999", "-1E+1", "900000000000000000", "1e-999",
      "0", "-1", "6.75E+4", "99999999999999999999");
  private static final Map<String, Long> OUTCOMES = new TreeMap<>();
  private static long validations;

  private static Path files() {
    try {
      Path dir = Files.createDirectories(Path.of("target/cli-commands-fuzz").toAbsolutePath());
      Path data = Path.of("../examples/data");
      Files.copy(data.resolve("cpts-sete.json"), dir.resolve("cpts.json"), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(data.resolve("contract-sete.json"), dir.resolve("contract.json"), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(data.resolve("contract-sete-results-year2.json"), dir.resolve("results.json"), StandardCopyOption.REPLACE_EXISTING);
      // The commands that build an indicator engine read this small table rather than the 35 000 official communes.
      Files.writeString(dir.resolve("communes-clean.csv"), COMMUNES);
      CliCapture cli = new CliCapture();
      assertThat(cli.run(dir, "fhir", "export", "--cpts", "cpts.json", "--out", "bundle.json")).as(cli.err()).isZero();
      assertThat(cli.run(dir, "fhir", "export", "--cpts", "cpts.json", "--out", "bundle.xml", "--format", "xml",
          "--type", "transaction")).as(cli.err()).isZero();
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(String name) {
    try {
      return Files.readString(DIR.resolve(name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path sharedPackages() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/fhir/packages"))) {
        return p.resolve("shared/fhir/packages");
      }
    }
    throw new IllegalStateException("no shared/fhir/packages above the working directory");
  }

  /** One run of {@code ./cpts argv...}: its exit code and stdout. */
  record Run(int exit, String out) {}

  /**
   * Runs one command and checks its outcome.
   *
   * @throws AssertionError with the seed, the command and stderr, for any other outcome
   */
  private static Run run(long seed, String... argv) {
    CliCapture cli = new CliCapture();
    int exit;
    try {
      exit = cli.run(DIR, argv);
    } catch (Throwable t) {
      throw new AssertionError("seed " + seed + ", argv " + List.of(argv) + ": " + t, t);
    }
    String err = cli.err();
    String what = "seed " + seed + ", argv " + List.of(argv) + ", exit " + exit + ", stderr:\n" + err;
    assertThat(exit).as(what).isBetween(0, 4);
    assertThat(err).as(what).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("CPTS-0999");
    List<String> errors = err.lines().filter(l -> l.startsWith("error: ")).toList();
    assertThat(errors).as(what).allMatch(l -> ERROR.matcher(l).matches());
    if (exit == 0) {
      assertThat(errors).as(what).isEmpty();
    } else if (exit == 1) {
      assertThat(errors).as(what).hasSizeLessThanOrEqualTo(1);
    } else {
      assertThat(errors).as(what).hasSize(1);
    }
    String outcome = errors.isEmpty() ? "exit " + exit : code(errors.get(0));
    synchronized (OUTCOMES) {
      OUTCOMES.merge(argv[0] + (argv[0].equals("fhir") ? " " + argv[1] : "") + " " + outcome, 1L, Long::sum);
    }
    return new Run(exit, cli.out());
  }

  private static String code(String line) {
    Matcher m = CODE.matcher(line);
    return m.find() ? m.group(1) : "?";
  }

  private static Path write(String name, byte[] content) throws IOException {
    return Files.write(DIR.resolve(name), content);
  }

  /** A mutated text: byte mutations, or one value replaced by a hostile one, or both, or a UTF-32 byte-order mark. */
  static byte[] mutate(String valid, Random r) {
    String text = valid;
    int kind = r.nextInt(8);
    if (kind < 6) {
      text = hostileValue(text, r);
    }
    if (kind == 7) {
      byte[] bom = {0, 0, (byte) 0xFE, (byte) 0xFF};
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[bom.length + body.length];
      System.arraycopy(bom, 0, out, 0, bom.length);
      System.arraycopy(body, 0, out, bom.length, body.length);
      return out;
    }
    return kind < 4 ? text.getBytes(StandardCharsets.UTF_8) : Mutations.mutate(text, r);
  }

  /** A quoted value (after a colon, a bracket or a comma; not a property name). */
  private static final Pattern QUOTED = Pattern.compile("(?<=[:\\[,]\\s{0,20})\"([^\"\\\\]{0,80})\"(?!\\s*:)");
  private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,\\s>\"])(-?\\d+(?:\\.\\d+)?)(?=[,\\s}\\]<\"])");

  /** @return {@code text} with one quoted value or number (at random) replaced by a hostile one */
  static String hostileValue(String text, Random r) {
    boolean number = r.nextInt(3) == 0;
    Matcher m = (number ? NUMBER : QUOTED).matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(1), m.end(1)});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] s = spans.get(r.nextInt(spans.size()));
    List<String> values = number ? HOSTILE_NUMBERS : HOSTILE_STRINGS;
    return text.substring(0, s[0]) + values.get(r.nextInt(values.size())) + text.substring(s[1]);
  }

  @Property(tries = 30, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void mutatedFilesThroughChainedCommandsEndWithAResultOrOneCodedLine(@ForAll long seed) throws IOException {
    Random r = new Random(seed);
    for (int i = 0; i < PER_TRY; i++) {
      cptsDocument(seed, r);
      contract(seed, r);
      bundle(seed, r);
      csvFiles(seed, r);
    }
  }

  /** A CPTS document: eligibility, FHIR export (JSON and XML), then import, validation and indicators over it. */
  private static void cptsDocument(long seed, Random r) throws IOException {
    write("m-cpts.json", mutate(CPTS, r));
    run(seed, "eligibility", "--cpts", "m-cpts.json", "--date", "2025-03-01", "--json");
    boolean xml = r.nextBoolean();
    String bundle = xml ? "m-export.xml" : "m-export.json";
    Run export = run(seed, "fhir", "export", "--cpts", "m-cpts.json", "--out", bundle, "--format", xml ? "xml" : "json",
        "--type", r.nextBoolean() ? "collection" : "transaction");
    if (export.exit() == 0) {
      importBack(seed, bundle);
      if (validations++ % VALIDATE_EVERY == 0) {
        run(seed, "fhir", "validate", bundle, "--package", PACKAGES, "--json");
      }
      if (r.nextInt(3) == 0) {
        write("patients.csv", PATIENTS.getBytes(StandardCharsets.UTF_8));
        run(seed, "indicators", "--patients", "patients.csv", "--year", "2025", "--cpts", "m-cpts.json", "--communes",
            "communes-clean.csv", "--quiet");
      }
    }
  }

  /** {@code fhir import --json}, then the CPTS document it printed through eligibility and export again. */
  private static void importBack(long seed, String bundle) throws IOException {
    Run imported = run(seed, "fhir", "import", bundle, "--json");
    if (imported.exit() <= 1) {
      write("m-imported.json", imported.out().getBytes(StandardCharsets.UTF_8));
      run(seed, "eligibility", "--cpts", "m-imported.json", "--date", "2025-03-01");
      run(seed, "fhir", "export", "--cpts", "m-imported.json", "--out", "m-reexport.json");
    }
  }

  /** A contract and a results document: the funding of one year with results, the five-year projection. */
  private static void contract(long seed, Random r) throws IOException {
    boolean mutateResults = r.nextInt(3) == 0;
    write("m-contract.json", mutateResults ? CONTRACT.getBytes(StandardCharsets.UTF_8) : mutate(CONTRACT, r));
    write("m-results.json", mutateResults ? mutate(RESULTS, r) : RESULTS.getBytes(StandardCharsets.UTF_8));
    run(seed, "funding", "--contract", "m-contract.json", "--year", String.valueOf(1 + r.nextInt(5)), "--results", "m-results.json",
        "--json");
    if (!mutateResults) {
      run(seed, "funding", "--contract", "m-contract.json", "--year", "all");
    }
  }

  /** A FHIR bundle (JSON or XML): import (text and JSON), then eligibility and export of what it printed. */
  private static void bundle(long seed, Random r) throws IOException {
    boolean xml = r.nextBoolean();
    String name = xml ? "m-bundle.xml" : "m-bundle.json";
    write(name, mutate(xml ? BUNDLE_XML : BUNDLE_JSON, r));
    run(seed, "fhir", "import", name);
    importBack(seed, name);
  }

  /** Patient, territory and commune CSV files; {@code synth} then {@code indicators} on its (mutated) output. */
  private static void csvFiles(long seed, Random r) throws IOException {
    write("patients.csv", PATIENTS.getBytes(StandardCharsets.UTF_8));
    write("territories.csv", TERRITORIES.getBytes(StandardCharsets.UTF_8));
    write("communes.csv", COMMUNES.getBytes(StandardCharsets.UTF_8));
    switch (r.nextInt(3)) {
      case 0 -> write("territories.csv", Mutations.mutate(TERRITORIES, r));
      case 1 -> write("communes.csv", Mutations.mutate(COMMUNES, r));
      default -> write("patients.csv", Mutations.mutate(PATIENTS, r));
    }
    String policy = r.nextBoolean() ? "skip" : "strict";
    run(seed, "indicators", "--patients", "patients.csv", "--year", "2025", "--territories", "territories.csv", "--communes",
        "communes.csv", "--on-error", policy, "--level", "all", r.nextBoolean() ? "--json" : "--quiet");
    if (r.nextInt(4) == 0) {
      Run synth = run(seed, "synth", "--epci", "243400769", "--out", "m-synth.csv", "--rows-per-inhabitant", "0.01", "--seed",
          String.valueOf(r.nextInt(1000)), "--year", "2025", "--communes", "communes-clean.csv", "--quiet");
      assertThat(synth.exit()).as("synth of a known EPCI").isZero();
      byte[] rows = Files.readAllBytes(DIR.resolve("m-synth.csv"));
      write("m-synth.csv", r.nextBoolean() ? rows : Mutations.mutate(rows, r));
      run(seed, "indicators", "--patients", "m-synth.csv", "--year", "2025", "--territory", "cpts-x=243400769", "--communes",
          "communes-clean.csv", "--on-error", policy, "--json");
    }
  }

  @AfterContainer
  static void summary() {
    System.out.println("CommandsFuzzTest: outcomes " + OUTCOMES);
    assertThat(OUTCOMES.keySet()).as("mutated files are accepted and reach the commands after the reader")
        .contains("fhir export exit 0", "fhir import exit 0", "funding exit 0", "indicators exit 0", "eligibility exit 0");
    assertThat(OUTCOMES.keySet()).as("and are rejected with a code").anyMatch(k -> k.startsWith("fhir import CPTS-"))
        .anyMatch(k -> k.startsWith("funding CPTS-")).anyMatch(k -> k.startsWith("indicators CPTS-"));
  }
}
