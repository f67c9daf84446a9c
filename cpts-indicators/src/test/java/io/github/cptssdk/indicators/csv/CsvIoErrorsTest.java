package io.github.cptssdk.indicators.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unreadable input is CPTS-0713 naming the file (never its content nor its directory) in every reader. */
class CsvIoErrorsTest {

  private static final CommuneDictionary DICT = CommuneDictionary.of(TestReferential.get());

  @TempDir
  Path dir;

  /** A stream that fails after its first bytes, as a disk or network failure mid-read. */
  private static InputStream failingAfter(String start) {
    return new InputStream() {
      private final InputStream head = new ByteArrayInputStream(start.getBytes(StandardCharsets.UTF_8));

      @Override
      public int read() throws IOException {
        int b = head.read();
        if (b < 0) {
          throw new IOException("device error");
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = head.read(b, off, len);
        if (n < 0) {
          throw new IOException("device error");
        }
        return n;
      }
    };
  }

  private static void assertUnreadable(ThrowingCallable call, String name) {
    assertThatThrownBy(call).isInstanceOfSatisfying(CsvInputException.class, e -> {
      assertThat(e.code()).isEqualTo("CPTS-0713");
      assertThat(e.getMessage()).contains(name).doesNotContain("/");
    });
  }

  @Test
  void patientReaderOnAMissingFileADirectoryAndAFailingStream() {
    Path missing = dir.resolve("missing-patients.csv");
    assertUnreadable(() -> PatientCsvReader.of(DICT).read(missing, b -> { }), "missing-patients.csv");
    assertUnreadable(() -> PatientCsvReader.of(DICT).withParallelism(1).read(missing, b -> { }), "missing-patients.csv");
    assertUnreadable(() -> PatientCsvReader.of(DICT).read(dir, b -> { }), dir.getFileName().toString());
    assertUnreadable(() -> PatientCsvReader.of(DICT).read(failingAfter(
        "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s\na,1950,F,34301,,0,0\n"), b -> { }), "stream");
  }

  @Test
  void eventReaderOnAMissingFileADirectoryAndAFailingStream() {
    assertUnreadable(() -> EventCsvReader.of(DICT).read(dir.resolve("events.csv"), e -> { }), "events.csv");
    assertUnreadable(() -> EventCsvReader.of(DICT).read(dir, e -> { }), dir.getFileName().toString());
    assertUnreadable(() -> EventCsvReader.of(DICT).read(failingAfter("kind,"), e -> { }), "stream");
  }

  @Test
  void territoryFilesMissingOrDirectories() {
    assertUnreadable(() -> TerritoryCsv.territories(dir.resolve("territories.csv")), "territories.csv");
    assertUnreadable(() -> TerritoryCsv.communes(dir), dir.getFileName().toString());
  }
}
