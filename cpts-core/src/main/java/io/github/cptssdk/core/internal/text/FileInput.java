package io.github.cptssdk.core.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

/**
 * Opening and reading files for the readers of every module, in one place: a file that is missing, a
 * directory or unreadable, and a read that fails, become the module's own coded exception, built from the
 * file's name only (never its directories, which may name a person, nor its content).
 *
 * <p>Each module binds it to its code once (e.g. CPTS-0713 for the indicators' CSV, CPTS-1042 for the
 * registries).
 */
public final class FileInput {

  /** The source name of a stream given by the caller. */
  public static final String STREAM = "stream";

  private FileInput() {}

  /**
   * An action on an open file that may fail with an {@link IOException}.
   *
   * @param <T> the result
   */
  @FunctionalInterface
  public interface IoAction<T> {
    /**
     * @return the result
     * @throws IOException if the file cannot be read
     */
    T run() throws IOException;
  }

  /**
   * @param file a file
   * @return its name, for messages
   */
  public static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /**
   * @param file a file
   * @param unreadable the module's coded exception for a file name
   * @return its bytes, to close by the caller
   */
  public static InputStream open(Path file, Function<String, ? extends RuntimeException> unreadable) {
    return io(file, () -> Files.newInputStream(notADirectory(file)), unreadable);
  }

  /**
   * @param file a file
   * @param unreadable the module's coded exception for a file name
   * @return a channel for positional reads, to close by the caller
   */
  public static FileChannel channel(Path file, Function<String, ? extends RuntimeException> unreadable) {
    return io(file, () -> FileChannel.open(notADirectory(file), StandardOpenOption.READ), unreadable);
  }

  /**
   * Runs an action on a file, turning its I/O failure (on closing too) into the module's exception.
   *
   * @param file the file, for the message
   * @param action the action
   * @param unreadable the module's coded exception for a file name
   * @param <T> the result
   * @return the result of the action
   */
  public static <T> T io(Path file, IoAction<T> action, Function<String, ? extends RuntimeException> unreadable) {
    try {
      return action.run();
    } catch (IOException | UncheckedIOException e) {
      throw unreadable.apply(name(file));
    }
  }

  private static Path notADirectory(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("a directory");
    }
    return file;
  }
}
