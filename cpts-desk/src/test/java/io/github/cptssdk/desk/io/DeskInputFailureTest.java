package io.github.cptssdk.desk.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.testing.FailingInput;
import io.github.cptssdk.desk.DeskException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unreadable file or a stream that fails while it is read is a coded {@link DeskException} naming the file (never
 * its content), not a bare {@link java.io.UncheckedIOException} (issue 17): one test per reader.
 */
class DeskInputFailureTest {

  @TempDir
  Path dir;

  /** A stream that gives {@code start}, then fails with a message naming a row (it must not reach the exception). */
  private static InputStream failingAfter(String start) {
    return FailingInput.after(start, "disk failure after 4711 bytes, row a1,34301");
  }


  @Test
  void capacityCsvFileMissingOrADirectoryIsCpts1360NamingTheFile() throws IOException {
    CapacityCsvReader reader = CapacityCsvReader.of(DeskReadersTest.REFERENTIAL);
    assertThatThrownBy(() -> reader.read(dir.resolve("capacity.csv")))
        .isInstanceOf(DeskException.class).hasMessageStartingWith("CPTS-1360")
        .hasMessageContaining("capacity.csv").hasMessageContaining("no such file");
    Path directory = Files.createDirectory(dir.resolve("folder.csv"));
    assertThatThrownBy(() -> reader.read(directory))
        .isInstanceOf(DeskException.class).hasMessageStartingWith("CPTS-1360").hasMessageContaining("folder.csv");
    assertThatThrownBy(() -> reader.read(failingAfter("rpps,commune,new_patients\n10000000017,34301,2\n"), c -> {}))
        .isInstanceOf(DeskException.class).hasMessageStartingWith("CPTS-1361").hasMessageNotContaining("4711");
  }

  @Test
  void requestCsvFileMissingOrFailingIsCoded() throws IOException {
    RequestCsvReader reader = RequestCsvReader.of(DeskReadersTest.REFERENTIAL);
    assertThatThrownBy(() -> reader.read(dir.resolve("requests.csv")))
        .isInstanceOf(DeskException.class).hasMessageStartingWith("CPTS-1360").hasMessageContaining("requests.csv");
    Path directory = Files.createDirectory(dir.resolve("history"));
    assertThatThrownBy(() -> reader.read(directory))
        .isInstanceOf(DeskException.class).hasMessageStartingWith("CPTS-1360").hasMessageContaining("history");
    assertThatThrownBy(() -> reader.read(failingAfter(DeskReadersTest.HEADER + "a1,34301,1950,1,0,2025-01-02"), r -> {}))
        .isInstanceOf(DeskException.class).hasMessageStartingWith("CPTS-1361")
        .hasMessageNotContaining("a1").hasMessageNotContaining("34301");
  }

  @Test
  void deskJsonStreamFailingIsCpts1361() {
    assertThatThrownBy(() -> DeskJson.readHistory(failingAfter("{\"format\":\"cpts-desk-history/1\""),
        DeskReadersTest.REFERENTIAL))
        .isInstanceOf(DeskException.class).hasMessageStartingWith("CPTS-1361").hasMessageNotContaining("4711");
    assertThatThrownBy(() -> DeskJson.readCapacity(failingAfter("{"), DeskReadersTest.REFERENTIAL))
        .isInstanceOf(DeskException.class).hasMessageStartingWith("CPTS-1361");
  }
}
