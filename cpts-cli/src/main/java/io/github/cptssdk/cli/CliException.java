package io.github.cptssdk.cli;

/** Bad arguments or input: printed as one line {@code error: ...} with the given exit code. */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Exit code for bad usage (unknown option, missing argument). */
  public static final int USAGE = 2;
  /** Exit code for bad or missing input data. */
  public static final int DATA = 3;
  /** Exit code for an output that cannot be written. */
  public static final int OUTPUT = 4;

  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
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
