package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.validation.LocalizedText;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A SAS value that cannot be built: a malformed professional identifier, an empty time range, a slot
 * outside its schedule. The message names the field path and what was expected, never the value.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SasException extends CptsException {

  private static final long serialVersionUID = 1L;

  /** The field path concerned, {@code ""} for the value itself. */
  private final String path;

  /** The message in English and French. */
  private final LocalizedText text;

  SasException(String code, String path, Object... args) {
    this(code, path, SasMessages.text(code, args));
  }

  private SasException(String code, String path, LocalizedText text) {
    super(code, (path.isEmpty() ? "" : path + ": ") + text.en());
    this.path = Objects.requireNonNull(path, "path");
    this.text = text;
  }

  /** @return the field path concerned, {@code ""} for the value itself */
  public String path() {
    return path;
  }

  /** @return the message in English and French (without code nor path) */
  public LocalizedText localizedMessage() {
    return text;
  }

  /**
   * @param prefix the path of the enclosing value
   * @return the same error under {@code prefix}
   */
  public SasException under(String prefix) {
    String p = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new SasException(code(), p, text);
  }
}
