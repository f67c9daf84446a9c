package io.github.cptssdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.Cpts;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Reads and writes the JSON document of a CPTS (format: docs/cpts-document.md).
 * (Placeholder signatures: implemented by the JSON work.)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CptsJson {

  private CptsJson() {}

  /** @return the CPTS of the JSON document at {@code path} */
  public static Cpts read(Path path) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** @return the CPTS of the JSON document read from {@code in} */
  public static Cpts read(InputStream in) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** @return the JSON document of {@code cpts}, pretty-printed */
  public static String write(Cpts cpts) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Writes the JSON document of {@code cpts} to {@code out}, pretty-printed (does not close it). */
  public static void write(Cpts cpts, OutputStream out) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
