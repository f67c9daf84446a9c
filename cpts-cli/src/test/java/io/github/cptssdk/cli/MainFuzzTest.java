package io.github.cptssdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.testing.Mutations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzz suite of the command line (issue 7): random argument vectors (commands, options with and without
 * values, numbers out of range, bad dates, unknown enum names, existing, missing and corrupted files) run
 * through {@link Main#run} with captured streams. Every run ends with exit code 0 to 4, never 70; every
 * error is one {@code error: CPTS-09nn: ...} or {@code error: CPTS-nnnn: ...} line without a stack trace.
 * Left out: {@code synth} (writes files as large as the territory asked for) and {@code fhir validate}
 * (loads the FHIR packages). Inputs per run: 50 tries x 100 argument vectors = 5 000.
 */
class MainFuzzTest {

  static final int PER_TRY = Integer.getInteger("cpts.fuzz.perTry", 100);
  private static final Path DIR = files();
  private static final Pattern ERROR = Pattern.compile("error: CPTS-\\d{4}: (?!.*CPTS-\\d{4}: ).*");
  private static final Map<Integer, Long> EXITS = new TreeMap<>();
  private static final String[] COMMANDS = {"territory", "simulate", "funding", "eligibility", "indicators", "fhir", "help", "--help",
      "-h", "x", "", "synthetic", "TERRITORY"};
  private static final String[] OPTIONS = {"cpts", "out", "type", "format", "contract", "year", "results", "accept",
      "patients", "events", "territory", "territories", "communes", "threshold", "on-error", "level", "population",
      "size", "date", "missions", "others", "lang", "epci", "department", "region", "seed", "json", "unmasked", "quiet", "france", "help",
      "unknown", "", "=", "h"};
  private static final String[] VALUES = {"1", "-1", "0", "2025", "2", "99999999999999999999", "1e9", "abc", "",
      "2024-02-30", "2025-01-01", "2026-04-01", "1900-01-01", "SIZE_2", "SIZE_9", "strict", "skip", "cpts", "commune",
      "epci", "department", "region", "all", "collection", "transaction", "batch", "xml", "json", "ACCESS_TO_CARE",
      "ACCESS_TO_CARE,PREVENTION", "NOPE", "243400769", "243400768", "34301", "2A004", "75", "76",
      "cpts-sete=243400769", "x=34301+34108", "=", ";", "cpts.json", "contract.json", "results.json", "patients.csv",
      "events.csv", "communes.csv", "bad.json", "bad.csv", "missing.json", "out.json", ".", "import", "export",
      "bundle.json", "\u00e9", "a b", "--", "-", "250000", "1000000000"};

  private static Path files() {
    try {
      Path dir = Files.createDirectories(Path.of("target/cli-fuzz").toAbsolutePath());
      Path data = Path.of("../examples/data");
      Files.copy(data.resolve("cpts-sete.json"), dir.resolve("cpts.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.copy(data.resolve("contract-sete.json"), dir.resolve("contract.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.copy(data.resolve("contract-sete-results-year2.json"), dir.resolve("results.json"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(dir.resolve("communes.csv"), "code,name,department,region,epci,population\n"
          + "34301,S\u00e8te,34,76,243400769,44000\n34108,Frontignan,34,76,243400769,23000\n");
      Files.writeString(dir.resolve("patients.csv"), "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s\n"
          + "p1,1950,F,34301,10000000001,1,0\np2,2001,M,34108,,0,1\n");
      Files.writeString(dir.resolve("events.csv"), "date,commune,kind\n2025-03-01,34301,SAS_APPOINTMENT\n");
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] argv(Random r) {
    List<String> a = new ArrayList<>();
    a.add(COMMANDS[r.nextInt(COMMANDS.length)]);
    int n = r.nextInt(9);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(10);
      String option = "--" + OPTIONS[r.nextInt(OPTIONS.length)];
      String value = VALUES[r.nextInt(VALUES.length)];
      if (kind < 5) {
        a.add(option);
        a.add(value);
      } else if (kind < 7) {
        a.add(option + "=" + value);
      } else if (kind < 9) {
        a.add(r.nextBoolean() ? option : value);
      } else {
        a.add(new String(Mutations.mutate(value, r), StandardCharsets.UTF_8));
      }
    }
    return a.toArray(String[]::new);
  }

  private static void corruptFiles(Random r) throws IOException {
    Files.write(DIR.resolve("bad.json"), Mutations.mutate(Files.readAllBytes(DIR.resolve("contract.json")), r));
    Files.write(DIR.resolve("bad.csv"), Mutations.mutate(Files.readAllBytes(DIR.resolve("patients.csv")), r));
  }

  @Property(tries = 50, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void everyArgumentVectorEndsWithAKnownExitCodeAndOneCodedErrorLine(@ForAll long seed) throws IOException {
    Random r = new Random(seed);
    corruptFiles(r);
    for (int i = 0; i < PER_TRY; i++) {
      String[] argv = argv(r);
      CliCapture cli = new CliCapture();
      int exit = cli.run(DIR, argv);
      String errors = cli.err();
      String what = "seed " + seed + ", argv " + List.of(argv) + ", exit " + exit + ", stderr:\n" + errors;
      assertThat(exit).as(what).isBetween(0, 4);
      assertThat(errors).as(what).doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(errors.lines().filter(l -> l.startsWith("error: "))).as(what).allMatch(l -> ERROR.matcher(l).matches());
      if (exit >= 2) {
        assertThat(errors.lines().filter(l -> l.startsWith("error: "))).as(what).isNotEmpty();
      }
      synchronized (EXITS) {
        EXITS.merge(exit, 1L, Long::sum);
      }
    }
  }

  @AfterContainer
  static void summary() {
    System.out.println("Main: exit codes " + EXITS);
    assertThat(EXITS).containsKeys(0, 2, 3);
  }
}
