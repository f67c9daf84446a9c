package io.github.cptssdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code messages*.properties} bundle of cpts-core (found by scanning {@code src/main/resources}):
 * keys are codes {@code CPTS-0000}, present in both the English and the French file, none empty, and a
 * code is defined by one bundle only.
 */
class CoreMessageBundlesTest {

  private static final Path RESOURCES = Path.of("src", "main", "resources");

  /** @return base bundle files ({@code messages.properties}) under the resources, by relative path */
  private static List<Path> baseBundles() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files.filter(p -> p.getFileName().toString().equals("messages.properties")).sorted().toList();
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void theKnownBundlesAreFound() throws IOException {
    assertThat(baseBundles()).extracting(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
        .contains("io/github/cptssdk/core/messages.properties", "io/github/cptssdk/core/id/messages.properties");
  }

  @Test
  void everyKeyIsACodeWithAnEnglishAndAFrenchMessage() throws IOException {
    for (Path en : baseBundles()) {
      Path fr = en.resolveSibling("messages_fr.properties");
      assertThat(fr).as("French file next to %s", en).exists();
      Properties english = load(en);
      Properties french = load(fr);
      assertThat(english.stringPropertyNames()).as("keys of %s", en)
          .allSatisfy(k -> assertThat(k).matches("CPTS-\\d{4}"))
          .containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
      assertThat(english.values()).as("texts of %s", en).allSatisfy(t -> assertThat((String) t).isNotBlank());
      assertThat(french.values()).as("texts of %s", fr).allSatisfy(t -> assertThat((String) t).isNotBlank());
    }
  }

  @Test
  void noOtherLanguageFilesAreLeftWithoutTheirBase() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      assertThat(files.filter(p -> p.getFileName().toString().matches("messages_.*\\.properties")))
          .allSatisfy(p -> assertThat(p.resolveSibling("messages.properties")).exists())
          .allSatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("messages_fr.properties"));
    }
  }

  @Test
  void aCodeIsDefinedInOneBundleOnly() throws IOException {
    Map<String, List<Path>> bundlesByCode = new TreeMap<>();
    for (Path en : baseBundles()) {
      for (String code : load(en).stringPropertyNames()) {
        bundlesByCode.computeIfAbsent(code, c -> new java.util.ArrayList<>()).add(en);
      }
    }
    assertThat(bundlesByCode.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEmpty();
  }

  @Test
  void identifierMessagesHoldNoRunOfFiveDigitsThatCouldBeMistakenForAValue() throws IOException {
    Path id = RESOURCES.resolve("io/github/cptssdk/core/id");
    for (String name : new String[] {"messages.properties", "messages_fr.properties"}) {
      assertThat(load(id.resolve(name)).values())
          .allSatisfy(t -> assertThat((String) t).doesNotContainPattern("\\d{5}"));
    }
  }
}
