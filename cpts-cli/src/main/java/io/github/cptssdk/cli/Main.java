package io.github.cptssdk.cli;

import io.github.cptssdk.core.CptsException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ./cpts SUBCOMMAND [options]}: the command-line tool of cpts-sdk.
 *
 * <p>Exit codes: 0 success, 1 the result itself is negative (e.g. validation errors found), 2 bad usage,
 * 3 bad input data, 4 output not writable, 70 internal error (a defect: please report it).
 */
public final class Main {

  /** Every subcommand, in the order of the help text. */
  static final List<Command> COMMANDS = List.of(
      // Each capability adds its command here.
      new io.github.cptssdk.cli.demo.DemoCommand(),
      new TerritoryCommand(),
      new SimulateCommand(),
      new FundingCommand(),
      new EligibilityCommand(),
      new IndicatorsCommand(),
      new SynthCommand(),
      new DeskCommand(),
      new FhirCommand(),
      new SasCommand(),
      new SupplyCommand(), new MembersCommand()
  );

  private Main() {}

  public static void main(String[] argv) {
    System.exit(run(argv, Io.system()));
  }

  /** Runs the tool as {@code main} would, without exiting: returns the exit code. */
  public static int run(String[] argv, Io io) {
    if (argv.length == 0 || Set.of("help", "--help", "-h").contains(argv[0])) {
      return help(argv, io);
    }
    Optional<Command> command = find(argv[0]);
    if (command.isEmpty()) {
      io.err().println("error: CPTS-0902: unknown command '" + argv[0] + "'; run ./cpts help for the list");
      return CliException.USAGE;
    }
    List<String> rest = Arrays.asList(argv).subList(1, argv.length);
    if (rest.contains("--help") || rest.contains("-h")) {
      io.out().println(command.get().usage());
      return 0;
    }
    try {
      return command.get().run(Args.parse(rest, Set.of("json", "help", "unmasked", "quiet", "france")), io);
    } catch (CliException e) {
      io.err().println("error: " + e.getMessage());
      return e.exitCode();
    } catch (CptsException e) {
      io.err().println("error: " + e.getMessage());
      return CliException.DATA;
    } catch (NoSuchFileException e) {
      io.err().println("error: CPTS-0903: file not found: " + e.getFile());
      return CliException.DATA;
    } catch (AccessDeniedException e) {
      io.err().println("error: CPTS-0904: permission denied: " + e.getFile());
      return CliException.OUTPUT;
    } catch (UncheckedIOException e) {
      io.err().println("error: CPTS-0903: " + e.getCause().getMessage());
      return CliException.DATA;
    } catch (Exception e) {
      io.err().println("error: CPTS-0999: internal error (" + e.getClass().getSimpleName() + "); please report it");
      return 70;
    }
  }

  static Optional<Command> find(String name) {
    return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  private static int help(String[] argv, Io io) {
    if (argv.length > 1) {
      Optional<Command> c = find(argv[1]);
      if (c.isPresent()) {
        io.out().println(c.get().usage());
        return 0;
      }
    }
    io.out().println("usage: ./cpts COMMAND [options]   (./cpts help COMMAND for its options)");
    io.out().println();
    for (Command c : COMMANDS) {
      io.out().printf("  %-12s %s%n", c.name(), c.summary());
    }
    return 0;
  }
}
