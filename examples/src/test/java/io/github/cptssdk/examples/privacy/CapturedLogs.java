package io.github.cptssdk.examples.privacy;

import java.util.ArrayList;
import java.util.List;

/** Every log line written through SLF4J during the tests, formatted, with its throwable's messages. */
public final class CapturedLogs {

  private static final List<String> LINES = new ArrayList<>();

  private CapturedLogs() {}

  static synchronized void add(String line) {
    LINES.add(line);
  }

  /** @return a copy of the lines captured so far */
  public static synchronized List<String> lines() {
    return new ArrayList<>(LINES);
  }

  public static synchronized void clear() {
    LINES.clear();
  }
}
