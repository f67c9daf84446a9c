package io.github.cptssdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.validation.LocalizedText;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A JSON document of a CPTS cannot be read: malformed JSON, a limit exceeded, an unknown property or
 * enum value, a value of the wrong type, a missing property, an invalid identifier or an unsupported
 * format. Codes CPTS-0300..0399 (see docs/cpts-document.md).
 *
 * <p>It names where ({@link #path()} as a JSON path like {@code $.professionals[2].rpps}, and the
 * {@link #line()}/{@link #column()} in the text, 0 when unknown) and what was expected. It never holds
 * the rejected value of an identifier, nor the underlying Jackson exception (whose message may quote
 * it). Immutable.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InvalidDocumentException extends CptsException {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the value concerned, {@code $} for the whole document. */
  private final String path;
  /** The line in the document (1-based), 0 when unknown. */
  private final int line;
  /** The column in the line (1-based), 0 when unknown. */
  private final int column;
  /** The message in English, without the code. */
  private final String english;
  /** The message in French, without the code. */
  private final String french;

  /**
   * @param code the code, CPTS-0300..0399
   * @param text what was wrong and what is expected, in English and French
   * @param path the JSON path of the value concerned, {@code $} for the whole document
   * @param line the line in the document (1-based), 0 when unknown
   * @param column the column in the line (1-based), 0 when unknown
   */
  public InvalidDocumentException(String code, LocalizedText text, String path, int line, int column) {
    super(code, Objects.requireNonNull(text, "text").en() + where(path, line, column));
    this.path = Objects.requireNonNull(path, "path");
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.english = text.en();
    this.french = text.fr();
  }

  private static String where(String path, int line, int column) {
    String at = " at " + Objects.requireNonNull(path, "path");
    return line > 0 ? at + " (line " + line + ", column " + Math.max(column, 0) + ")" : at;
  }

  /** @return the JSON path of the value concerned, e.g. {@code $.professionals[2].rpps} */
  public String path() {
    return path;
  }

  /** @return the line of the problem (1-based), 0 when unknown */
  public int line() {
    return line;
  }

  /** @return the column of the problem (1-based), 0 when unknown */
  public int column() {
    return column;
  }

  /** @return what was wrong and what is expected, in English and French, without the location */
  public LocalizedText text() {
    return LocalizedText.of(english, french);
  }
}
