package io.github.cptssdk.cli;

import io.github.cptssdk.core.CptsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bad arguments or input: printed as one line {@code error: CPTS-09nn: ...} with the given exit code. Its
 * code follows the exit code: CPTS-0902 bad usage, CPTS-0903 bad or missing input data, CPTS-0904 output
 * not writable. A message that already carries a code (the finding or coded exception it reports, e.g.
 * {@code "CPTS-1110: bad SAS request"}) keeps that more specific code instead: every line prints one code.
 */
public final class CliException extends CptsException {

  private static final long serialVersionUID = 1L;

  /** Exit code for bad usage (unknown option, missing argument). */
  public static final int USAGE = 2;
  /** Exit code for bad or missing input data. */
  public static final int DATA = 3;
  /** Exit code for an output that cannot be written. */
  public static final int OUTPUT = 4;

  /** A code as it prefixes a message. */
  private static final Pattern CODE = Pattern.compile("CPTS-\\d{4}: ");

  private final int exitCode;

  public CliException(int exitCode, String message) {
    this(exitCode, message, null);
  }

  public CliException(int exitCode, String message, Throwable cause) {
    super(codeIn(message).orElse(codeOf(exitCode)), withoutCodes(message), cause);
    this.exitCode = exitCode;
  }

  /**
   * @param message a message that may carry codes ({@code CPTS-nnnn: }) anywhere, e.g. the message of a
   *     coded exception quoted after some context
   * @return the same message with one code, in front: the first one it carried
   */
  static String oneCode(String message) {
    return codeIn(message).map(c -> c + ": " + withoutCodes(message)).orElse(message);
  }

  private static java.util.Optional<String> codeIn(String message) {
    Matcher m = CODE.matcher(message);
    return m.find() ? java.util.Optional.of(m.group().substring(0, 9)) : java.util.Optional.empty();
  }

  private static String withoutCodes(String message) {
    return CODE.matcher(message).replaceAll("");
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
