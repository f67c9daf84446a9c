package io.github.cptssdk.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, defect 3: the largest FHIR text the limits allow, in the shapes that cost HAPI most, read by a
 * child JVM with a heap of 256 MiB ({@code -Dcpts.fhir.memory.heap=...} for another): it is imported or rejected with a code, never an {@link OutOfMemoryError}.
 */
class FhirMemoryBoundTest {

  static final String HEAP = "-Xmx" + System.getProperty("cpts.fhir.memory.heap", "256m");
  static final int LENGTH = Integer.getInteger("cpts.fhir.memory.length", FhirReadLimits.DEFAULTS.maxDocumentLength());
  /** The values a 256 MiB heap holds: HAPI takes up to about 250 bytes per value (docs/reliability.md). */
  static final int VALUES = Integer.getInteger("cpts.fhir.memory.values", 500_000);

  @ParameterizedTest
  @ValueSource(strings = {"objects", "extensions", "strings", "numbers", "xml-extensions"})
  void theLargestInputOfTheLimitsIsReadInASmallHeapOrRejectedWithACode(String shape) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The test JVM may run on the module path: the child takes every jar on its class path.
    String classPath = System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("jdk.module.path", "");
    Process child = new ProcessBuilder(List.of(java, HEAP, "-XX:+UseSerialGC", "-cp", classPath,
        LargestInputs.class.getName(), shape, String.valueOf(LENGTH), String.valueOf(VALUES)))
        .redirectErrorStream(true).start();
    boolean done = child.waitFor(4, TimeUnit.MINUTES);
    if (!done) {
      child.destroyForcibly();
    }
    String out = output(child);
    System.out.println("FhirMemoryBoundTest " + HEAP + ": " + out.strip());
    assertThat(done).as("finished within 4 minutes").isTrue();
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out).containsPattern("(?m)^(result|coded CPTS-\\d{4}) " + shape + ":");
  }

  private static String output(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
