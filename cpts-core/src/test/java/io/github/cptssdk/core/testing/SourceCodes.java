package io.github.cptssdk.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The error codes a module's sources use, for the messages tests (every code used has both messages, every
 * message is used): the matches of a pattern in {@code .java} files, its first group if it has one.
 */
public final class SourceCodes {

  /** A code written as a Java string: {@code "CPTS-0123"}, group 1 the code. */
  public static final Pattern QUOTED_CODE = Pattern.compile("\"(CPTS-\\d{4})\"");

  private SourceCodes() {}

  /**
   * @param code the pattern of a code
   * @param root a source folder, read with its sub-folders
   * @return the codes found, sorted
   * @throws IOException if a file cannot be read
   */
  public static Set<String> inTree(Pattern code, Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return in(code, files);
    }
  }

  /**
   * @param code the pattern of a code
   * @param folders source folders, each read without its sub-folders
   * @return the codes found, sorted
   * @throws IOException if a file cannot be read
   */
  public static Set<String> inFolders(Pattern code, Path... folders) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> listed = Files.list(folder)) {
        files.addAll(listed.toList());
      }
    }
    return in(code, files.stream());
  }

  private static Set<String> in(Pattern code, Stream<Path> files) throws IOException {
    Set<String> codes = new TreeSet<>();
    for (Path f : files.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).toList()) {
      Matcher m = code.matcher(Files.readString(f));
      while (m.find()) {
        codes.add(m.group(m.groupCount() > 0 ? 1 : 0));
      }
    }
    return codes;
  }
}
