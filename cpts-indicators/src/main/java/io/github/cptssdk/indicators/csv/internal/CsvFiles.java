package io.github.cptssdk.indicators.csv.internal;

import io.github.cptssdk.core.internal.text.FileInput;
import io.github.cptssdk.indicators.csv.CsvInputException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The CSV readers' binding of {@link FileInput}: an unreadable file or a failing read is CPTS-0713, naming
 * the file (its name, never its content nor its directory).
 */
public final class CsvFiles {

  /** The source name of a stream given by the caller. */
  public static final String STREAM = FileInput.STREAM;

  private CsvFiles() {}

  /**
   * @param file a file
   * @return its name, for messages
   */
  public static String name(Path file) {
    return FileInput.name(file);
  }

  /**
   * @param file a file
   * @return its bytes, to close by the caller
   * @throws CsvInputException CPTS-0713 if it is missing, a directory or unreadable
   */
  public static InputStream open(Path file) {
    return FileInput.open(file, CsvInputException::unreadable);
  }

  /**
   * @param file a file
   * @return a channel for positional reads, to close by the caller
   * @throws CsvInputException CPTS-0713 if it is missing, a directory or unreadable
   */
  public static FileChannel channel(Path file) {
    return FileInput.channel(file, CsvInputException::unreadable);
  }

  /**
   * @param source the file name
   * @return CPTS-0713 naming the file
   */
  public static CsvInputException unreadable(String source) {
    return CsvInputException.unreadable(source);
  }

  /**
   * Runs an action on a file, turning its I/O failure (on closing too) into CPTS-0713.
   *
   * @param file the file, for the message
   * @param action the action
   * @param <T> the result
   * @return the result of the action
   */
  public static <T> T io(Path file, FileInput.IoAction<T> action) {
    return FileInput.io(file, action, CsvInputException::unreadable);
  }
}
