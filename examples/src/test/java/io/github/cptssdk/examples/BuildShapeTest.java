package io.github.cptssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks of the published shape of the build (STYLE.md practice 1: avoid HAPI's BOM drift). */
class BuildShapeTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void bomListsEveryPublishedModuleAtTheProjectVersion() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("cpts-bom/pom.xml"));
    String version = firstMatch(parent, "<artifactId>cpts-parent</artifactId>\\s*<version>([^<]+)</version>");
    List<String> published = new ArrayList<>();
    for (String module : all(parent, "<module>([^<]+)</module>")) {
      if (module.startsWith("cpts-") && !module.equals("cpts-bom")) {
        published.add(module);
      }
    }
    assertThat(published).contains("cpts-core", "cpts-indicators", "cpts-fhir-adapter");
    for (String artifact : published) {
      assertThat(bom).as("cpts-bom lists %s at %s", artifact, version)
          .containsPattern("<artifactId>" + artifact + "</artifactId>\\s*<version>" + Pattern.quote(version) + "</version>");
    }
    assertThat(firstMatch(bom, "<artifactId>cpts-bom</artifactId>\\s*<version>([^<]+)</version>")).isEqualTo(version);
    assertThat(bom).as("the BOM sets no scopes").doesNotContain("<scope>");
  }

  @Test
  void everyModuleInheritsTheProjectVersion() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String version = firstMatch(parent, "<artifactId>cpts-parent</artifactId>\\s*<version>([^<]+)</version>");
    for (String module : all(parent, "<module>([^<]+)</module>")) {
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      assertThat(pom).as(module).contains("<version>" + version + "</version>");
    }
  }

  static String firstMatch(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("pattern %s", regex).isTrue();
    return m.group(1);
  }

  static List<String> all(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
