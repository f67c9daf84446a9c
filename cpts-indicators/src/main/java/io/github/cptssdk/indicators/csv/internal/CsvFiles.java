package io.github.cptssdk.indicators.csv.internal;

import io.github.cptssdk.indicators.csv.CsvInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the CSV readers open files and turn I/O failures into CPTS-0713, naming the file
 * (its name, never its content nor its directory).
 */
public final class CsvFiles {

  /** The source name of a stream given by the caller. */
  public static final String STREAM = "stream";

  private CsvFiles() {}

  /** @return the name of the file, for messages */
  public static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /**
   * @param file a file
   * @return its bytes, to close by the caller
   * @throws CsvInputException CPTS-0713 if it is missing, a directory or unreadable
   */
  public static InputStream open(Path file) {
    if (Files.isDirectory(file)) {
      throw unreadable(name(file), null);
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw unreadable(name(file), e);
    }
  }

  /**
   * @param file a file
   * @return a channel for positional reads, to close by the caller
   * @throws CsvInputException CPTS-0713 if it is missing, a directory or unreadable
   */
  public static FileChannel channel(Path file) {
    if (Files.isDirectory(file)) {
      throw unreadable(name(file), null);
    }
    try {
      return FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException e) {
      throw unreadable(name(file), e);
    }
  }

  /**
   * @param source the file name
   * @param cause the I/O failure, or null
   * @return CPTS-0713 naming the file
   */
  public static CsvInputException unreadable(String source, @Nullable Throwable cause) {
    return CsvInputException.unreadable(source); // the cause is not kept: CptsException fixes it at construction
  }

  /** An action on an open file that may fail with an {@link IOException}. */
  @FunctionalInterface
  public interface IoAction<T> {
    /** @return the result @throws IOException if the file cannot be read */
    T run() throws IOException;
  }

  /**
   * Runs an action on a file, turning its I/O failure (on closing too) into CPTS-0713.
   *
   * @param file the file, for the message
   * @param action the action
   * @param <T> the result
   * @return the result of the action
   */
  public static <T> T io(Path file, IoAction<T> action) {
    try {
      return action.run();
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(name(file), e);
    }
  }
}
