package io.github.cptssdk.desk.io.internal;

import io.github.cptssdk.core.internal.text.FileInput;
import io.github.cptssdk.desk.DeskException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The I/O of the desk readers, in one place: a file that cannot be opened or read (CPTS-1360, naming the file's
 * name and the kind of failure, never its content) and a stream that fails while it is read (CPTS-1361).
 */
public final class DeskInput {

  private DeskInput() {}

  /** A read of an open stream. */
  @FunctionalInterface
  public interface StreamRead<T> {
    /**
     * @param in the stream (closed by the caller)
     * @return what was read
     * @throws IOException if the stream fails
     */
    T read(InputStream in) throws IOException;
  }

  /**
   * @param file the file to open and read
   * @param read what to read from it
   * @return what {@code read} returned
   * @throws DeskException CPTS-1360 if the file cannot be opened or fails while it is read; any coded exception of
   *     {@code read} as it is
   */
  public static <T> T file(Path file, StreamRead<T> read) {
    try (InputStream in = Files.newInputStream(file)) {
      return read.read(in);
    } catch (IOException e) {
      throw new DeskException("CPTS-1360", FileInput.name(file), kind(e));
    } catch (UncheckedIOException e) {
      throw new DeskException("CPTS-1360", FileInput.name(file), kind(e.getCause()));
    }
  }

  /**
   * @param in the stream (not closed)
   * @param read what to read from it
   * @return what {@code read} returned
   * @throws DeskException CPTS-1361 if the stream fails while it is read; any coded exception of {@code read} as it is
   */
  public static <T> T stream(InputStream in, StreamRead<T> read) {
    try {
      return read.read(in);
    } catch (IOException e) {
      throw new DeskException("CPTS-1361", kind(e));
    } catch (UncheckedIOException e) {
      throw new DeskException("CPTS-1361", kind(e.getCause()));
    }
  }

  /**
   * The desk's exception for a CSV file that fails while the shared scanner reads it, given to the scanner (which
   * would otherwise report the indicators' CPTS-0713).
   *
   * @param file the file read
   * @return CPTS-1360 naming the file, whatever source name the scanner gives
   */
  public static Function<String, DeskException> unreadable(Path file) {
    String name = FileInput.name(file);
    return source -> new DeskException("CPTS-1360", name, "IOException");
  }

  /**
   * @param source the source name the scanner gives (not shown: a stream has no name)
   * @return CPTS-1361, for a stream that fails while the shared scanner reads it
   */
  public static DeskException unreadableStream(String source) {
    return new DeskException("CPTS-1361", "IOException");
  }

  /** @return the kind of failure: its class, never its message (which may quote the content) */
  private static String kind(IOException e) {
    return e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName();
  }
}
