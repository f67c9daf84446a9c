package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.fhir.internal.FhirMessages;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * FHIR text (JSON or XML) that cannot be parsed: code {@code CPTS-0802}, with the line and column where
 * the parser stopped ({@code -1} when the parser did not tell).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FhirFormatException extends FhirImportException {

  private static final long serialVersionUID = 1L;

  /** Code of every instance. */
  public static final String CODE = "CPTS-0802";

  /** The line where parsing stopped (from 1), or -1. */
  private final int line;
  /** The column where parsing stopped (from 1), or -1. */
  private final int column;

  /**
   * @param format {@code JSON} or {@code XML}
   * @param line the line of the error, or -1
   * @param column the column of the error, or -1
   * @param detail what the parser reported
   * @param cause the parser's exception, or null (the adapter passes none: its message quotes the input)
   */
  public FhirFormatException(String format, int line, int column, String detail, @Nullable Throwable cause) {
    super(CODE, FhirMessages.english(CODE, format, line, column, detail), cause);
    this.line = line;
    this.column = column;
  }

  /** @return the line where parsing stopped (from 1), or -1 if unknown */
  public int line() {
    return line;
  }

  /** @return the column where parsing stopped (from 1), or -1 if unknown */
  public int column() {
    return column;
  }
}
