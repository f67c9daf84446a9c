package io.github.cptssdk.cli;

import io.github.cptssdk.core.CptsException;

/**
 * Bad arguments or input: printed as one line {@code error: CPTS-09nn: ...} with the given exit code. Its
 * code follows the exit code: CPTS-0902 bad usage, CPTS-0903 bad or missing input data, CPTS-0904 output
 * not writable.
 */
public final class CliException extends CptsException {

  private static final long serialVersionUID = 1L;

  /** Exit code for bad usage (unknown option, missing argument). */
  public static final int USAGE = 2;
  /** Exit code for bad or missing input data. */
  public static final int DATA = 3;
  /** Exit code for an output that cannot be written. */
  public static final int OUTPUT = 4;

  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(codeOf(exitCode), message);
    this.exitCode = exitCode;
  }

  public CliException(int exitCode, String message, Throwable cause) {
    super(codeOf(exitCode), message, cause);
    this.exitCode = exitCode;
  }

  /** @return the error code of an exit code: CPTS-0902 usage, CPTS-0904 output, CPTS-0903 otherwise */
  static String codeOf(int exitCode) {
    return switch (exitCode) {
      case USAGE -> "CPTS-0902";
      case OUTPUT -> "CPTS-0904";
      default -> "CPTS-0903";
    };
  }

  public static CliException usage(String message) {
    return new CliException(USAGE, message);
  }

  public static CliException data(String message) {
    return new CliException(DATA, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
