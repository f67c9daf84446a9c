package io.github.cptssdk.examples.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The capture itself works: otherwise the privacy tests could not fail. */
class CapturingLoggerTest {

  @Test
  void everyLevelAndThrowableMessageIsCaptured() {
    CapturedLogs.clear();
    LoggerFactory.getLogger("x").trace("patient {}", "MARKER-TRACE");
    LoggerFactory.getLogger("y").error("failed", new IllegalStateException("MARKER-CAUSE"));
    assertThat(String.join("\n", CapturedLogs.lines())).contains("MARKER-TRACE", "MARKER-CAUSE");
  }
}
