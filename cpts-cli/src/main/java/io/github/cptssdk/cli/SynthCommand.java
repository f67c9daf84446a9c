package io.github.cptssdk.cli;

import io.github.cptssdk.core.id.EpciCode;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.synth.SynthParameters;
import io.github.cptssdk.indicators.synth.SyntheticPopulation;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code ./cpts synth}: writes a seeded synthetic patient CSV for an EPCI, department, region or France. */
public final class SynthCommand implements Command {

  @Override
  public String name() {
    return "synth";
  }

  @Override
  public String summary() {
    return "synthetic patient CSV weighted by real commune populations (seeded, deterministic)";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: ./cpts synth (--epci SIREN | --department CODE | --region CODE | --france) --out FILE",
        "                    [--seed 1] [--rows-per-inhabitant 1.0 | --scale 1.0] [--year 2025] [--communes FILE] [--quiet]",
        "",
        "  --rows-per-inhabitant X   rows per inhabitant (0.01: one row per 100 inhabitants); --scale is a synonym",
        "  --year YEAR               reference year of ages and acts (default 2025)",
        "  --communes FILE           commune referential CSV (default: the official one)",
        "  Defaults of the rates and their sources: docs/indicators.md.");
  }

  @Override
  public int run(Args args, Io io) throws Exception {
    args.check(Set.of("epci", "department", "region", "out", "seed", "rows-per-inhabitant", "scale", "year", "communes"),
        Set.of("france", "quiet"));
    Path out = io.resolve(args.required("out"));
    long seed = args.longOption("seed").orElse(1L);
    int year = (int) (long) args.longOption("year").orElse(2025L);
    double scale = scale(args);
    CommuneReferential referential = Inputs.referential(args, io);
    SynthParameters params;
    try {
      params = SynthParameters.builder(year).rowsPerInhabitant(scale).build();
    } catch (io.github.cptssdk.core.CptsException e) {
      throw CliException.usage(e);
    }
    SyntheticPopulation pop = args.flag("france") ? SyntheticPopulation.france(referential, params, seed)
        : SyntheticPopulation.of(referential, territory(args, referential), params, seed);
    long rows;
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      if (!args.flag("quiet")) {
        io.err().println("writing about " + pop.expectedSize() + " rows for " + pop.communes().size() + " communes...");
      }
      Progress progress = new Progress(io, args.flag("quiet"), pop.expectedSize());
      try {
        rows = pop.writeCsv(os, progress::update);
      } finally {
        progress.done();
      }
    }
    io.out().println("wrote " + rows + " rows (" + pop.communes().size() + " communes, seed " + seed + ") to " + out);
    return 0;
  }

  private static double scale(Args args) {
    String v = args.option("rows-per-inhabitant").orElse(args.option("scale").orElse("1"));
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw CliException.usage("--rows-per-inhabitant expects a number such as 0.01");
    }
  }

  private static Territory territory(Args args, CommuneReferential referential) {
    int given = (args.option("epci").isPresent() ? 1 : 0) + (args.option("department").isPresent() ? 1 : 0)
        + (args.option("region").isPresent() ? 1 : 0);
    if (given != 1) {
      throw CliException.usage("give exactly one of --epci, --department, --region or --france");
    }
    if (args.option("epci").isPresent()) {
      return referential.epciTerritory(EpciCode.parse(args.option("epci").get()));
    }
    if (args.option("department").isPresent()) {
      return referential.departmentTerritory(args.option("department").get());
    }
    return referential.regionTerritory(args.option("region").get());
  }
}
