package io.github.cptssdk.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed command-line arguments: {@code --name value} or {@code --name=value} options, {@code --flag}
 * switches, and positional arguments. A command declares what it accepts with {@link #check(Set, Set)}
 * so that a mistyped option is an error, not silently ignored.
 */
public final class Args {

  private final Map<String, String> options = new LinkedHashMap<>();
  private final Set<String> flags = new HashSet<>();
  private final List<String> positionals = new ArrayList<>();

  private Args() {}

  /**
   * @param argv arguments after the subcommand name
   * @param flagNames the options that take no value (e.g. {@code json})
   */
  public static Args parse(List<String> argv, Set<String> flagNames) {
    Args a = new Args();
    for (int i = 0; i < argv.size(); i++) {
      String s = argv.get(i);
      if (s.startsWith("--") && s.length() > 2) {
        String name = s.substring(2);
        int eq = name.indexOf('=');
        if (eq >= 0) {
          a.options.put(name.substring(0, eq), name.substring(eq + 1));
        } else if (flagNames.contains(name)) {
          a.flags.add(name);
        } else if (i + 1 < argv.size() && !argv.get(i + 1).startsWith("--")) {
          a.options.put(name, argv.get(++i));
        } else {
          throw CliException.usage("option --" + name + " needs a value");
        }
      } else {
        a.positionals.add(s);
      }
    }
    return a;
  }

  /**
   * @throws CliException if an option or flag is not among those allowed
   * @return this
   */
  public Args check(Set<String> allowedOptions, Set<String> allowedFlags) {
    for (String o : options.keySet()) {
      if (!allowedOptions.contains(o)) {
        throw CliException.usage("unknown option --" + o + (allowedFlags.contains(o) ? " (it takes no value)" : ""));
      }
    }
    for (String f : flags) {
      if (!allowedFlags.contains(f)) {
        throw CliException.usage("unknown option --" + f);
      }
    }
    return this;
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** @throws CliException if the option is missing */
  public String required(String name) {
    return option(name).orElseThrow(() -> CliException.usage("missing option --" + name));
  }

  public boolean flag(String name) {
    return flags.contains(name);
  }

  public List<String> positionals() {
    return Collections.unmodifiableList(positionals);
  }

  /** @throws CliException if the option is present but not an integer */
  public Optional<Long> longOption(String name) {
    return option(name).map(v -> {
      try {
        return Long.parseLong(v.replace("_", ""));
      } catch (NumberFormatException e) {
        throw CliException.usage("option --" + name + " expects a whole number");
      }
    });
  }
}
