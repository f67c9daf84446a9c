package io.github.cptssdk.indicators.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.testing.FailingInput;
import io.github.cptssdk.indicators.CommuneDictionary;
import io.github.cptssdk.indicators.testing.TestReferential;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unreadable input is CPTS-0713 naming the file (never its content nor its directory) in every reader. */
class CsvIoErrorsTest {

  private static final CommuneDictionary DICT = CommuneDictionary.of(TestReferential.get());

  @TempDir
  Path dir;


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
    assertUnreadable(() -> PatientCsvReader.of(DICT).read(FailingInput.after(
        "patient_id,birth_year,sex,commune,treating_doctor_rpps,ald,c2s\na,1950,F,34301,,0,0\n"), b -> { }), "stream");
  }

  @Test
  void eventReaderOnAMissingFileADirectoryAndAFailingStream() {
    assertUnreadable(() -> EventCsvReader.of(DICT).read(dir.resolve("events.csv"), e -> { }), "events.csv");
    assertUnreadable(() -> EventCsvReader.of(DICT).read(dir, e -> { }), dir.getFileName().toString());
    assertUnreadable(() -> EventCsvReader.of(DICT).read(FailingInput.after("kind,"), e -> { }), "stream");
  }

  @Test
  void territoryFilesMissingOrDirectories() {
    assertUnreadable(() -> TerritoryCsv.territories(dir.resolve("territories.csv")), "territories.csv");
    assertUnreadable(() -> TerritoryCsv.communes(dir), dir.getFileName().toString());
  }
}
