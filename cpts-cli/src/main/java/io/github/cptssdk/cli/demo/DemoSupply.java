package io.github.cptssdk.cli.demo;

import io.github.cptssdk.cli.CliException;
import io.github.cptssdk.cli.report.SupplySection;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.registries.annuaire.AnnuaireLayout;
import io.github.cptssdk.registries.annuaire.AnnuaireReader;
import io.github.cptssdk.registries.annuaire.SyntheticAnnuaire;
import io.github.cptssdk.registries.supply.RegistryMembers;
import io.github.cptssdk.registries.supply.Supply;
import io.github.cptssdk.registries.supply.SupplyOfCare;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo's registry part: a synthetic Annuaire Santé file (seeded, 2026 layout, shaped like the real one)
 * for the three territories, read back; per CPTS, the supply of care with its densities and the CPTS
 * document with its members built from the registry (members by right). Writes {@code out/registry/}.
 */
final class DemoSupply {

  /** Professionals generated per 10,000 inhabitants (all professions; a plausible order of magnitude). */
  static final int PER_10000 = 120;

  private DemoSupply() {}

  /** The files written and the report's supply sections, one per CPTS. */
  record Written(List<Path> files, String sections) {}

  /** @return the files written and the report sections */
  static Written write(DemoRun.Outcome outcome, Path out) {
    CommuneReferential ref = CommuneReferential.official();
    Territory all = Territory.empty();
    for (DemoRun.CptsOutcome c : outcome.cpts()) {
      all = all.union(c.cpts().territory());
    }
    Path dir = out.resolve("registry");
    Path file = dir.resolve("PS_LibreAcces_Personne_activite_synthetic.txt");
    List<Path> files = new ArrayList<>();
    StringBuilder sections = new StringBuilder();
    try {
      Files.createDirectories(dir);
      int persons = (int) Math.max(1, ref.profile(all).population() * PER_10000 / 10_000 / 5 * 4);
      SyntheticAnnuaire.of(ref, all, outcome.plan().seed()).write(file, persons, AnnuaireLayout.Y2026, false, null);
      files.add(file);
      AnnuaireReader reader = AnnuaireReader.of(ref);
      for (DemoRun.CptsOutcome c : outcome.cpts()) {
        Supply supply = Supply.of(ref, c.cpts().territory());
        RegistryMembers members = RegistryMembers.byRight(c.cpts(), ref);
        reader.read(file, a -> {
          supply.addActivity(a);
          members.addActivity(a);
        });
        String id = c.cpts().id().value();
        Cpts built = members.applyTo(c.cpts());
        files.add(write(dir.resolve(id + "-members.json"), CptsJson.write(built)));
        files.add(write(dir.resolve(id + "-supply.txt"), text(c.cpts().name(), supply.result(), built.professionals().size())));
        sections.append(SupplySection.html(c.cpts().name(), supply.result(),
            "Annuaire Santé synthétique (graine " + outcome.plan().seed() + ", format 2026)", SuppressionPolicy.DEFAULT));
      }
    } catch (IOException e) {
      throw new CliException(CliException.OUTPUT, "cannot write " + dir);
    }
    return new Written(files, sections.toString());
  }

  static String text(String name, SupplyOfCare s, int members) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "%s (synthetic registry): population %d, general practitioners %d (%s per 10,000), %d members by right%n",
        name, s.population(), s.generalPractitioners(), s.generalPractitionersPer10000(), members));
    s.professions().forEach(p -> b.append(String.format(Locale.ROOT, "  %-4s %-40s %6d (%s per 10,000)%n", p.code(), p.label(),
        p.professionals(), p.per10000())));
    return b.toString();
  }

  private static Path write(Path path, String content) throws IOException {
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }
}
