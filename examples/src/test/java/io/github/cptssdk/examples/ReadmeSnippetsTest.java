package io.github.cptssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of the READMEs are tagged regions of compiled, tested code in this module
 * (STYLE.md practice 17). A README marks a snippet with a comment line just before its fenced block:
 *
 * <pre>{@code <!-- snippet: QuickStart.java#territory -->}</pre>
 *
 * and the block must equal the region between {@code // tag::territory[]} and {@code // end::territory[]}
 * of {@code examples/src/main/java/io/github/cptssdk/examples/QuickStart.java}, de-indented.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path SOURCES = ROOT.resolve("examples/src/main/java/io/github/cptssdk/examples");
  private static final Pattern SNIPPET = Pattern.compile(
      "<!-- snippet: ([\\w.]+)#([\\w-]+) -->\\s*\\n```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyReadmeSnippetIsCompiledCode() throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path readme : readmes()) {
      Matcher m = SNIPPET.matcher(Files.readString(readme));
      while (m.find()) {
        checked++;
        String expected = region(SOURCES.resolve(m.group(1)), m.group(2));
        if (!m.group(3).strip().equals(expected.strip())) {
          problems.add(ROOT.relativize(readme) + ": snippet " + m.group(1) + "#" + m.group(2) + " differs from the code");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).as("snippets checked").isGreaterThanOrEqualTo(minimumSnippets());
  }

  @Test
  void javaBlocksInReadmesAreAllSnippets() throws IOException {
    for (Path readme : readmes()) {
      String text = Files.readString(readme);
      long blocks = Pattern.compile("```java\\n").matcher(text).results().count();
      long snippets = SNIPPET.matcher(text).results().count();
      assertThat(snippets).as("every ```java block of %s is a marked snippet", ROOT.relativize(readme)).isEqualTo(blocks);
    }
  }

  /** The number of snippets the READMEs hold today; raising it is fine, a drop means a lost snippet. */
  private static int minimumSnippets() {
    return 10;
  }

  static List<Path> readmes() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      List<Path> out = s.filter(Files::isDirectory).map(d -> d.resolve("README.md")).filter(Files::exists)
          .collect(Collectors.toCollection(ArrayList::new));
      out.add(ROOT.resolve("README.md"));
      return out;
    }
  }

  /** @return the lines between the tag markers, with their common indentation removed */
  static String region(Path file, String tag) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.equals("// tag::" + tag + "[]")) {
        start = i + 1;
      } else if (l.equals("// end::" + tag + "[]")) {
        end = i;
      }
    }
    assertThat(start).as("tag %s in %s", tag, file).isPositive();
    assertThat(end).as("end of tag %s in %s", tag, file).isGreaterThan(start);
    List<String> region = lines.subList(start, end);
    int indent = region.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
  }
}
