package io.github.cptssdk.cli;

import io.github.cptssdk.core.CptsException;

/**
 * Bad arguments or input: printed as one line {@code error: CPTS-09nn: ...} with the given exit code. Its
 * code follows the exit code: CPTS-0902 bad usage, CPTS-0903 bad or missing input data, CPTS-0904 output
 * not writable. An error that reports a coded finding or a coded exception keeps that more specific code
 * instead ({@link #coded}, {@link #data(String, CptsException)}): every line prints one code.
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
    this(exitCode, message, null);
  }

  public CliException(int exitCode, String message, Throwable cause) {
    this(exitCode, codeOf(exitCode), message, cause);
  }

  private CliException(int exitCode, String code, String message, Throwable cause) {
    super(code, message, cause);
    this.exitCode = exitCode;
  }

  /**
   * @param exitCode the exit code
   * @param code the code of the finding the error reports (e.g. {@code CPTS-1110})
   * @param message what was wrong, without the code
   * @return an error printed with that code
   */
  public static CliException coded(int exitCode, String code, String message) {
    return new CliException(exitCode, code, message, null);
  }

  /**
   * @param context where the error was found (an option, a file name)
   * @param cause the coded exception that reports it
   * @return a data error with the cause's code and message, after the context
   */
  public static CliException data(String context, CptsException cause) {
    return new CliException(DATA, cause.code(), context + ": " + detail(cause), cause);
  }

  /**
   * @param cause the coded exception that reports a bad option value
   * @return a usage error with the cause's code and message
   */
  public static CliException usage(CptsException cause) {
    return new CliException(USAGE, cause.code(), detail(cause), cause);
  }

  /**
   * @param e a coded exception
   * @return its message without its code prefix, to quote after some context
   */
  public static String detail(CptsException e) {
    return e.getMessage().substring(e.code().length() + 2);
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
