package io.github.cptssdk.cli;

import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.registries.OnError;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.annuaire.Activity;
import io.github.cptssdk.registries.annuaire.AnnuaireReader;
import io.github.cptssdk.registries.annuaire.SavoirFaireIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** The registry options shared by {@code ./cpts supply} and {@code ./cpts members}. */
final class RegistryInputs {

  private RegistryInputs() {}

  static OnError policy(Args args) {
    String v = args.option("on-error").orElse("strict").toLowerCase(Locale.ROOT);
    return switch (v) {
      case "strict" -> OnError.STRICT;
      case "skip" -> OnError.SKIP;
      default -> throw CliException.usage("--on-error is strict or skip");
    };
  }

  /** Reads {@code --rpps FILE} (joined with {@code --savoir-faire FILE} if given), with a progress bar. */
  static ReadSummary readActivities(Args args, Io io, CommuneReferential ref, Consumer<Activity> sink) throws IOException {
    OnError policy = policy(args);
    AnnuaireReader reader = AnnuaireReader.of(ref).withPolicy(policy);
    if (args.option("savoir-faire").isPresent()) {
      reader = reader.withSavoirFaire(SavoirFaireIndex.read(Inputs.existing(io, args.required("savoir-faire")), policy));
    }
    Path file = Inputs.existing(io, args.required("rpps"));
    Progress progress = new Progress(io, args.flag("quiet"), Files.size(file));
    try (InputStream in = progress.track(Files.newInputStream(file))) {
      return reader.read(in, sink);
    } finally {
      progress.done();
    }
  }
}
