package io.github.cptssdk.cli.demo;

import io.github.cptssdk.cli.CliException;
import io.github.cptssdk.cli.report.SupplySection;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.territory.CommuneReferential;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.indicators.SuppressionPolicy;
import io.github.cptssdk.json.CptsJson;
import io.github.cptssdk.registries.annuaire.Activity;
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
import java.util.function.Consumer;

/**
 * The demo's registry part: a synthetic Annuaire Santé file (seeded, 2026 layout, shaped like the real one)
 * for the three territories, written under {@code out/registry/} and read back with {@link AnnuaireReader}.
 * {@link #withRegistryMembers} gives each CPTS its members from that file (every professional of its
 * territory, member by right: {@link RegistryMembers}) before eligibility, funding and the FHIR export run on
 * them; {@link #write} then writes each CPTS's members document, its supply of care with the densities, and
 * the report's supply sections.
 */
final class DemoSupply {

  /** Professionals generated per 10,000 inhabitants (all professions; a plausible order of magnitude). */
  static final int PER_10000 = 120;

  /** The synthetic registry file, under {@code out/}. */
  static final String FILE = "registry/PS_LibreAcces_Personne_activite_synthetic.txt";

  private DemoSupply() {}

  /** The files written and the report's supply sections, one per CPTS. */
  record Written(List<Path> files, String sections) {}

  /**
   * @param referential the referential
   * @param all the union of the demo's territories
   * @return the number of professionals generated for the demo's territories
   */
  static int persons(CommuneReferential referential, Territory all) {
    return (int) Math.max(1, referential.profile(all).population() * PER_10000 / 10_000 / 5 * 4);
  }

  /** @return the union of the territories of these CPTS */
  static Territory union(List<Cpts> cpts) {
    Territory all = Territory.empty();
    for (Cpts c : cpts) {
      all = all.union(c.territory());
    }
    return all;
  }

  /**
   * Writes the synthetic registry file of the demo's territories and replaces the members of each CPTS by
   * those the registry gives (members by right; the hand-typed members of the documents are not used).
   *
   * @param plan the manifest (its seed)
   * @param inputs the CPTS as read from their documents
   * @param out the output folder
   * @return the same inputs, each CPTS with its members from the registry
   * @throws CliException (output) if the registry file cannot be written
   */
  static List<DemoRun.Inputs> withRegistryMembers(DemoPlan plan, List<DemoRun.Inputs> inputs, Path out) {
    CommuneReferential ref = CommuneReferential.official();
    List<Cpts> cpts = inputs.stream().map(DemoRun.Inputs::cpts).toList();
    Path file = out.resolve(FILE);
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new CliException(CliException.OUTPUT, "cannot write " + file.getParent());
    }
    Territory all = union(cpts);
    try {
      SyntheticAnnuaire.of(ref, all, plan.seed()).write(file, persons(ref, all), AnnuaireLayout.Y2026, false, null);
    } catch (java.io.UncheckedIOException e) {
      throw new CliException(CliException.OUTPUT, "cannot write " + file);
    }
    List<RegistryMembers> members = cpts.stream().map(c -> RegistryMembers.byRight(c, ref)).toList();
    read(ref, file, a -> members.forEach(m -> m.addActivity(a)));
    List<DemoRun.Inputs> result = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      DemoRun.Inputs in = inputs.get(i);
      result.add(new DemoRun.Inputs(in.entry(), members.get(i).applyTo(in.cpts()), in.contract(), in.declared()));
    }
    return result;
  }

  /** @return the files written (the registry file, then per CPTS its members and its supply) and the report sections */
  static Written write(DemoRun.Outcome outcome, Path out) {
    CommuneReferential ref = CommuneReferential.official();
    Path file = out.resolve(FILE);
    List<Supply> supplies = outcome.cpts().stream().map(c -> Supply.of(ref, c.cpts().territory())).toList();
    read(ref, file, a -> supplies.forEach(s -> s.addActivity(a)));
    List<Path> files = new ArrayList<>(List.of(file));
    StringBuilder sections = new StringBuilder();
    try {
      for (int i = 0; i < outcome.cpts().size(); i++) {
        Cpts c = outcome.cpts().get(i).cpts();
        SupplyOfCare supply = supplies.get(i).result();
        String id = c.id().value();
        files.add(write(file.resolveSibling(id + "-members.json"), CptsJson.write(c)));
        files.add(write(file.resolveSibling(id + "-supply.txt"), text(c.name(), supply, c.professionals().size())));
        sections.append(SupplySection.html(c.name(), supply,
            "Annuaire Santé synthétique (graine " + outcome.plan().seed() + ", format 2026)", SuppressionPolicy.DEFAULT));
      }
    } catch (IOException e) {
      throw new CliException(CliException.OUTPUT, "cannot write " + file.getParent());
    }
    return new Written(files, sections.toString());
  }

  /** Reads the demo's registry file once (strict: the demo wrote it). */
  private static void read(CommuneReferential ref, Path file, Consumer<Activity> sink) {
    AnnuaireReader.of(ref).read(file, sink);
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
