package io.github.cptssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published shape of each library module (STYLE.md practice 3): its exports and requires, read from
 * the compiled module descriptor, must equal the golden file {@code modules/ARTIFACT.expected.txt}. An
 * accidental export or dependency fails here; on purpose, update the golden file (the actual one is
 * written to {@code examples/target/modules/}).
 */
class ModuleDescriptorsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @ParameterizedTest
  @ValueSource(strings = {"cpts-core", "cpts-json", "cpts-indicators", "cpts-fhir-adapter", "cpts-registries", "cpts-desk"})
  void moduleExportsAndRequiresAreThePublishedOnes(String artifact) throws IOException {
    String actual = describe(artifact);
    Path out = ROOT.resolve("examples/target/modules/" + artifact + ".expected.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, actual);
    Path golden = ROOT.resolve("examples/src/test/resources/modules/" + artifact + ".expected.txt");
    assertThat(Files.exists(golden) ? Files.readString(golden) : "<missing " + golden + ">")
        .as("module descriptor of %s (actual in %s)", artifact, ROOT.relativize(out)).isEqualTo(actual);
  }

  static String describe(String artifact) {
    Set<ModuleReference> refs = ModuleFinder.of(ROOT.resolve(artifact).resolve("target/classes")).findAll();
    assertThat(refs).as("%s has a module-info", artifact).hasSize(1);
    ModuleDescriptor d = refs.iterator().next().descriptor();
    Stream<String> requires = d.requires().stream().filter(r -> !r.name().equals("java.base"))
        .sorted(Comparator.comparing(ModuleDescriptor.Requires::name))
        .map(r -> "requires " + r.name() + r.modifiers().stream().map(m -> " " + m.name().toLowerCase())
            .sorted().collect(Collectors.joining()));
    Stream<String> exports = d.exports().stream().sorted(Comparator.comparing(ModuleDescriptor.Exports::source))
        .map(e -> "exports " + e.source() + (e.isQualified() ? " to " + String.join(",", e.targets().stream().sorted()
            .collect(Collectors.toList())) : ""));
    Stream<String> uses = d.uses().stream().sorted().map(u -> "uses " + u);
    return "module " + d.name() + "\n" + Stream.of(exports, requires, uses).flatMap(s -> s)
        .collect(Collectors.joining("\n")) + "\n";
  }
}
