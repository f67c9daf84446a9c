package io.github.cptssdk.cli;

/**
 * One subcommand of {@code ./cpts}. Implementations are registered in {@link Main#COMMANDS}.
 *
 * <p>A command reads its options from {@link Args}, writes its result to {@link Io#out()} (a table for
 * people, JSON with {@code --json}), progress to {@link Io#err()}, and reports bad input by throwing
 * {@link CliException}: {@link Main} prints one line and exits non-zero, never a stack trace.
 */
public interface Command {

  /** @return the subcommand name, e.g. {@code territory} */
  String name();

  /** @return one line for the command list */
  String summary();

  /** @return the usage text shown by {@code ./cpts help NAME} */
  String usage();

  /**
   * Runs the command.
   *
   * @return the process exit code (0 success)
   * @throws CliException for bad arguments or input
   */
  int run(Args args, Io io) throws Exception;
}
