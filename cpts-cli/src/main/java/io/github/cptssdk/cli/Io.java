package io.github.cptssdk.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where a command writes: {@code out} for results, {@code err} for progress and warnings, and the
 * working directory that relative paths resolve against.
 *
 * @param out results
 * @param err progress, warnings, errors
 * @param workDir the directory relative paths are resolved against
 * @param interactive true if {@code err} is a terminal (progress bars are drawn only then)
 */
public record Io(PrintStream out, PrintStream err, Path workDir, boolean interactive) {

  public static Io system() {
    return new Io(System.out, System.err, Path.of("").toAbsolutePath(), System.console() != null);
  }

  /** @return {@code path} resolved against the working directory */
  public Path resolve(String path) {
    return workDir.resolve(path);
  }
}
