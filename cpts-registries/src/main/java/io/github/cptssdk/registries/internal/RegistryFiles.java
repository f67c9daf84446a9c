package io.github.cptssdk.registries.internal;

import io.github.cptssdk.registries.RegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the registry readers open files and turn I/O failures into CPTS-1042, naming the
 * file (its name, never its content nor its directory).
 */
public final class RegistryFiles {

  /** The source name of a stream given by the caller. */
  public static final String STREAM = "stream";

  private RegistryFiles() {}

  /** @param file a file @return its name, for messages */
  public static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /**
   * @param file a file
   * @return its bytes, to close by the caller
   * @throws RegistryException CPTS-1042 if it is missing, a directory or unreadable
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
   * @param source the file name
   * @param cause the I/O failure, or null
   * @return CPTS-1042 naming the file
   */
  public static RegistryException unreadable(String source, @Nullable Throwable cause) {
    return RegistryException.of("CPTS-1042", source); // the cause is not kept: CptsException fixes it at construction
  }

  /**
   * An action on an open file that may fail with an {@link IOException}.
   *
   * @param <T> the result
   */
  @FunctionalInterface
  public interface IoAction<T> {
    /** @return the result @throws IOException if the file cannot be read */
    T run() throws IOException;
  }

  /**
   * Runs an action on a file, turning its I/O failure (on closing too) into CPTS-1042.
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
    } catch (RegistryException e) { // a stream reader's CPTS-1042: name the file
      throw e.code().equals("CPTS-1042") ? unreadable(name(file), e.getCause()) : e;
    }
  }
}
