package io.github.cptssdk.registries.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Annuaire reader in constant memory: a child JVM with a 64 MiB heap ({@code -Xmx64m -XX:+UseSerialGC})
 * generates and reads a file larger than its heap, in parallel byte ranges and on one thread, into the supply
 * of a department. Always run: 120,000 professionals (about 158,000 rows, 31 MiB). Heavy, run on demand with
 * {@code -Dcpts.heavy=true}: the national size, 880,000 professionals (1,160,351 rows, 226 MiB).
 */
class ConstantMemoryTest {

  @TempDir
  Path dir;

  @Test
  void aFileLargerThanTheHeapIsReadInA64MiBHeap() throws Exception {
    run(120_000);
  }

  @Test
  @Tag("heavy")
  @EnabledIfSystemProperty(named = "cpts.heavy", matches = "true")
  void aNationalSizeFileIsReadInA64MiBHeap() throws Exception {
    run(880_000);
  }

  private void run(int persons) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("jdk.module.path", "");
    Process child = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", classPath,
        NationalRead.class.getName(), dir.resolve("ps-libreacces-personne-activite.txt").toString(), String.valueOf(persons)))
        .redirectErrorStream(true).start();
    boolean done = child.waitFor(20, TimeUnit.MINUTES);
    if (!done) {
      child.destroyForcibly();
    }
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.println("ConstantMemoryTest " + persons + " professionals: " + out.strip());
    assertThat(done).as("finished").isTrue();
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out).containsPattern("rows \\d+, file \\d+ MiB, heap max \\d+ MiB");
  }
}
