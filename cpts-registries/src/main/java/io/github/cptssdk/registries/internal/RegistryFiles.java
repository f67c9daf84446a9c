package io.github.cptssdk.registries.internal;

import io.github.cptssdk.core.internal.text.FileInput;
import io.github.cptssdk.registries.RegistryException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The registry readers' binding of {@link FileInput}: an unreadable file or a failing read is CPTS-1042,
 * naming the file (its name, never its content nor its directory).
 */
public final class RegistryFiles {

  /** The source name of a stream given by the caller. */
  public static final String STREAM = FileInput.STREAM;

  private RegistryFiles() {}

  /**
   * @param file a file
   * @return its bytes, to close by the caller
   * @throws RegistryException CPTS-1042 if it is missing, a directory or unreadable
   */
  public static InputStream open(Path file) {
    return FileInput.open(file, RegistryFiles::unreadable);
  }

  /**
   * @param file a file
   * @return a channel for positional reads (parallel ranges), to close by the caller
   * @throws RegistryException CPTS-1042 if it is missing, a directory or unreadable
   */
  public static FileChannel channel(Path file) {
    return FileInput.channel(file, RegistryFiles::unreadable);
  }

  /**
   * @param file a file
   * @return its name, for messages (never its directory)
   */
  public static String name(Path file) {
    return FileInput.name(file);
  }

  /**
   * @param source the file name
   * @return CPTS-1042 naming the file
   */
  public static RegistryException unreadable(String source) {
    return RegistryException.of("CPTS-1042", source);
  }

  /**
   * Runs an action on a file, turning its I/O failure (on closing too) into CPTS-1042; a stream reader's
   * CPTS-1042 (which names "stream") is given the file's name.
   *
   * @param file the file, for the message
   * @param action the action
   * @param <T> the result
   * @return the result of the action
   */
  public static <T> T io(Path file, FileInput.IoAction<T> action) {
    try {
      return FileInput.io(file, action, RegistryFiles::unreadable);
    } catch (RegistryException e) {
      throw e.code().equals("CPTS-1042") ? unreadable(FileInput.name(file)) : e;
    }
  }
}
