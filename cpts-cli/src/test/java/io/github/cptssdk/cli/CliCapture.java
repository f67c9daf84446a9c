package io.github.cptssdk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the CLI in-process, as {@code ./cpts} would, with stdout and stderr captured (UTF-8) across runs. */
public final class CliCapture {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** @return the exit code of {@code ./cpts argv...} run in {@code workDir}, not interactive */
  public int run(Path workDir, String... argv) {
    return Main.run(argv, new Io(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), workDir, false));
  }

  /** @return what the runs so far printed on stdout */
  public String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** @return what the runs so far printed on stderr */
  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Forgets stdout printed so far. */
  public void resetOut() {
    out.reset();
  }

  /** Forgets stderr printed so far. */
  public void resetErr() {
    err.reset();
  }
}
