package io.github.cptssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Error codes are stable and unique (STYLE.md practice 9): every {@code CPTS-nnnn} used in main sources
 * has an English and a French message in exactly one module bundle ({@code messages.properties} and
 * {@code messages_fr.properties}), and docs/error-codes.md lists them all. When this test fails on the
 * document, it writes the expected one to {@code examples/target/error-codes.md}: review and copy it.
 */
class ErrorCodesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern CODE = Pattern.compile("CPTS-\\d{4}");

  @Test
  void everyBundleKeyIsACodeWithBothLanguages() throws IOException {
    for (Path en : bundles()) {
      Properties english = load(en);
      Properties french = load(Path.of(en.toString().replace("messages.properties", "messages_fr.properties")));
      assertThat(english.stringPropertyNames()).as("keys of %s", ROOT.relativize(en))
          .allMatch(k -> CODE.matcher(k).matches());
      assertThat(french.stringPropertyNames()).as("French keys of %s", ROOT.relativize(en))
          .isEqualTo(english.stringPropertyNames());
    }
  }

  @Test
  void noCodeIsDefinedTwice() throws IOException {
    Map<String, List<String>> where = new TreeMap<>();
    for (Path en : bundles()) {
      for (String k : load(en).stringPropertyNames()) {
        where.computeIfAbsent(k, x -> new ArrayList<>()).add(ROOT.relativize(en).toString());
      }
    }
    assertThat(where.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString))
        .as("codes defined in more than one bundle").isEmpty();
  }

  @Test
  void everyCodeUsedInTheSourcesHasItsMessages() throws IOException {
    Set<String> defined = definedCodes().keySet();
    Set<String> used = usedCodes();
    assertThat(new TreeSet<>(used)).as("codes used in main sources without a message").isSubsetOf(defined);
  }

  @Test
  void theErrorCodeDocumentListsEveryCode() throws IOException {
    StringBuilder doc = new StringBuilder("# Error codes\n\n")
        .append("Every error and report entry of cpts-sdk carries a stable code. This table is generated from the\n")
        .append("message bundles by `ErrorCodesTest` (examples module); the French text is in the `_fr` bundles.\n\n")
        .append("| Code | Module | Message (English) |\n|---|---|---|\n");
    for (Map.Entry<String, String[]> e : definedCodes().entrySet()) {
      doc.append("| ").append(e.getKey()).append(" | ").append(e.getValue()[0]).append(" | ")
          .append(e.getValue()[1].replace("|", "\\|")).append(" |\n");
    }
    Path expected = ROOT.resolve("examples/target/error-codes.md");
    Files.createDirectories(expected.getParent());
    Files.writeString(expected, doc);
    Path actual = ROOT.resolve("docs/error-codes.md");
    assertThat(Files.exists(actual) ? Files.readString(actual) : "")
        .as("docs/error-codes.md is up to date (expected version written to examples/target/error-codes.md)")
        .isEqualTo(doc.toString());
  }

  /** @return code -> {module, English message} */
  static Map<String, String[]> definedCodes() throws IOException {
    Map<String, String[]> codes = new TreeMap<>();
    for (Path en : bundles()) {
      Properties p = load(en);
      String module = ROOT.relativize(en).getName(0).toString();
      for (String k : p.stringPropertyNames()) {
        codes.put(k, new String[] {module, p.getProperty(k)});
      }
    }
    return codes;
  }

  static Set<String> usedCodes() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT, 12)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
          .collect(Collectors.toList())) {
        Matcher m = CODE.matcher(withoutComments(Files.readString(f)));
        while (m.find()) {
          used.add(m.group());
        }
      }
    }
    used.remove("CPTS-0000");
    return used;
  }

  /** @return the source without its comments (Javadoc examples are not uses) */
  static String withoutComments(String java) {
    return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
  }

  static List<Path> bundles() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT, 12)) {
      return files.filter(p -> p.getFileName().toString().equals("messages.properties"))
          .filter(p -> p.toString().contains("/src/main/resources/")).sorted().collect(Collectors.toList());
    }
  }

  static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
