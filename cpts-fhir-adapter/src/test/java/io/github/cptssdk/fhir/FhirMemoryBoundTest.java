package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptssdk.core.testing.FuzzBudget;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, defect 3: the largest FHIR texts that {@link FhirReadLimits#DEFAULTS} allow, in the shapes that cost
 * HAPI most, read by one child JVM with the heap the defaults are documented to need ({@value #HEAP}): each is
 * imported or rejected with a code, never an {@link OutOfMemoryError}. Inside {@code mvn verify}: the worst JSON
 * text (strings of 1 MiB up to the length, then empty objects up to the values: "mixed"), the XML reader and the
 * numbers check; with {@code -Dcpts.heavy=true} every shape of {@link LargestInputs#SHAPES}
 * (docs/reliability.md, "The memory bound").
 */
class FhirMemoryBoundTest {

  /** The heap that reads every text within the default limits (docs/reliability.md gives the measures). */
  static final String HEAP = "768m";
  static final List<String> SHAPES = FuzzBudget.HEAVY ? List.of(LargestInputs.SHAPES)
      : List.of("mixed", "xml-extensions", "numbers");

  @Test
  void theLargestInputsOfTheDefaultLimitsAreReadInTheDocumentedHeapOrRejectedWithACode() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The test JVM may run on the module path: the child takes every jar on its class path.
    String classPath = System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("jdk.module.path", "");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + HEAP, "-XX:+UseSerialGC", "-cp", classPath,
        LargestInputs.class.getName(), String.valueOf(FhirReadLimits.DEFAULTS.maxDocumentLength()),
        String.valueOf(FhirReadLimits.DEFAULTS.maxValues())));
    command.addAll(SHAPES);
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean done = child.waitFor(4, TimeUnit.MINUTES);
    if (!done) {
      child.destroyForcibly();
    }
    String out = output(child);
    System.out.println("FhirMemoryBoundTest -Xmx" + HEAP + ": " + out.strip());
    assertThat(done).as("finished within 4 minutes").isTrue();
    assertThat(child.exitValue()).as(out).isZero();
    for (String shape : SHAPES) {
      assertThat(out).containsPattern("(?m)^(result|coded CPTS-\\d{4}) " + shape + ":");
    }
  }

  private static String output(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
