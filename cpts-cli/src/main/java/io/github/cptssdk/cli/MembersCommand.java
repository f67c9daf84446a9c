package io.github.cptssdk.cli;

import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.registries.ReadSummary;
import io.github.cptssdk.registries.supply.RegistryMembers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code ./cpts members}: the members of a CPTS built from the Annuaire Santé extraction, written in its document. */
final class MembersCommand implements Command {

  @Override
  public String name() {
    return "members";
  }

  @Override
  public String summary() {
    return "the professional members of a CPTS from the RPPS extraction (by right, or the adherents), into its document";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "usage: ./cpts members --rpps FILE --cpts FILE [--adherents FILE] [--savoir-faire FILE] [--on-error strict|skip] --out FILE",
        "",
        "  --rpps FILE          PS_LibreAcces_Personne_activite_*.txt",
        "  --cpts FILE          the CPTS JSON document (its territory); its professionals are replaced",
        "  --adherents FILE     one RPPS number per line: only these, as adherents (default: every professional",
        "                       of the territory, as member by right)",
        "  --out FILE           the CPTS document with its members",
        "",
        "ADELI-only professionals and professions outside TRE_G15's core list cannot be members: they are counted.");
  }

  @Override
  public int run(Args args, Io io) throws Exception {
    args.check(Set.of("rpps", "cpts", "adherents", "savoir-faire", "on-error", "out"), Set.of("quiet", "json"));
    CommuneReferential ref = CommuneReferential.official();
    Cpts cpts = CptsJson.read(Inputs.existing(io, args.required("cpts")));
    Path out = io.resolve(args.required("out"));
    RegistryMembers members = args.option("adherents").isPresent()
        ? RegistryMembers.adherents(cpts, ref, RegistryMembers.readAdherents(Inputs.existing(io, args.required("adherents"))))
        : RegistryMembers.byRight(cpts, ref);
    ReadSummary read = RegistryInputs.readActivities(args, io, ref, members::addActivity);
    Cpts built = members.applyTo(cpts);
    try (OutputStream o = Files.newOutputStream(out)) {
      CptsJson.write(built, o);
    } catch (IOException e) {
      throw new CliException(CliException.OUTPUT, "cannot write " + args.required("out") + " (" + e.getClass().getSimpleName() + ")", e);
    }
    io.out().printf("%d members written to %s (%d professionals of the territory cannot be members); rows read %d, skipped %d%n",
        built.professionals().size(), args.required("out"), members.skipped(), read.rows(), read.rejected());
    return 0;
  }
}
