package io.github.cptssdk.cli.demo;

import io.github.cptssdk.cli.Args;
import io.github.cptssdk.cli.CliException;
import io.github.cptssdk.cli.Command;
import io.github.cptssdk.cli.Io;
import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.json.contract.ContractJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code ./cpts demo}: the whole job on bundled data (three CPTS on real territories, their ACI
 * contracts, a synthetic population with a fixed seed): territory, eligibility, indicators, funding of a
 * contract year with its payments; writes {@code out/} with the JSON documents, the FHIR bundles and
 * {@code report.html}.
 */
public final class DemoCommand implements Command {

  /** Where the bundled demo data ({@code examples/data}) sits in the jar. */
  static final String BUNDLED = "/io/github/cptssdk/cli/demo/data/";

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "the whole job on bundled data: 3 CPTS, eligibility, indicators, funding, out/report.html";
  }

  @Override
  public String usage() {
    return "usage: ./cpts demo [--out DIR] [--data DIR] [--json] [--unmasked] [--quiet]\n"
        + "  --out DIR    where to write the JSON documents, FHIR bundles and report.html (default: out)\n"
        + "  --data DIR   a folder with demo.json and the files it names (default: the bundled examples/data)\n"
        + "  --json       print the summary as JSON instead of tables\n"
        + "  --unmasked   show indicator counts below the disclosure threshold (11); masked by default";
  }

  @Override
  public int run(Args args, Io io) {
    args.check(Set.of("out", "data"), Set.of("json", "unmasked", "quiet"));
    long started = System.nanoTime();
    Function<String, byte[]> data = args.option("data").map(d -> folder(io.resolve(d))).orElse(DemoCommand::bundled);
    Path out = io.resolve(args.option("out").orElse("out"));
    DemoOutput.prepare(out);
    DemoPlan plan = DemoPlan.parse(data.apply("demo.json"), "demo.json");
    Step step = new Step(io, args.flag("quiet"), started);
    step.accept("reading " + plan.entries().size() + " CPTS and their contracts");
    List<DemoRun.Inputs> inputs = new ArrayList<>();
    for (DemoPlan.Entry e : plan.entries()) {
      inputs.add(new DemoRun.Inputs(e, read(e.document(), data, CptsJson::readString),
          read(e.contract(), data, ContractJson::readContract), read(e.results(), data, ContractJson::readResults)));
    }
    step.accept("synthetic registry " + DemoSupply.FILE + ": members by right of each CPTS");
    inputs = DemoSupply.withRegistryMembers(plan, inputs, out);
    DemoRun.Outcome outcome = DemoRun.run(plan, inputs, step);
    step.accept("five-year history: one synthetic population per contract year");
    Optional<DemoHistory.Run> history = DemoHistory.run(outcome);
    step.accept("writing " + out);
    List<Path> files = DemoOutput.write(outcome, history, out, args.flag("unmasked"));
    if (args.flag("json")) {
      io.out().print(DemoSummary.json(outcome, history, files, io.workDir(), args.flag("unmasked")));
    } else {
      DemoSummary.print(io.out(), outcome, history, files, io.workDir(), args.flag("unmasked"));
    }
    step.accept("done");
    return 0;
  }

  private static <T> T read(String name, Function<String, byte[]> data, Function<String, T> parser) {
    String text = new String(data.apply(name), StandardCharsets.UTF_8);
    try {
      return parser.apply(text);
    } catch (CptsException e) {
      throw CliException.data(name, e);
    }
  }

  private static Function<String, byte[]> folder(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw CliException.data("data folder not found: " + dir);
    }
    return name -> {
      Path p = dir.resolve(name);
      try {
        return Files.readAllBytes(p);
      } catch (IOException e) {
        throw CliException.data("cannot read " + p + (Files.exists(p) ? "" : ": file not found"));
      }
    };
  }

  static byte[] bundled(String name) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        throw CliException.data("bundled demo file missing from the jar: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw CliException.data("cannot read bundled demo file " + name);
    }
  }

  /** Progress of the demo on stderr: one line per step with the elapsed time. */
  private record Step(Io io, boolean quiet, long started) implements java.util.function.Consumer<String> {
    @Override
    public void accept(String what) {
      if (!quiet) {
        io.err().printf(java.util.Locale.ROOT, "[%5.1f s] %s%n", (System.nanoTime() - started) / 1e9, what);
      }
    }
  }
}
