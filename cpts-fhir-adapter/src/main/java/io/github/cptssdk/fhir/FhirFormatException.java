package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.fhir.internal.FhirMessages;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * FHIR text (JSON or XML) that cannot be parsed: code {@code CPTS-0802}, with the line and column where
 * the parser stopped ({@code -1} when the parser did not tell); or text over a {@link FhirReadLimits}
 * limit: {@code CPTS-0830} too long (no line and column), {@code CPTS-0831} nested too deeply,
 * {@code CPTS-0832} a string too long, at the line and column where the limit was crossed. The message
 * never holds the content of the text.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FhirFormatException extends FhirImportException {

  private static final long serialVersionUID = 1L;

  /** Code of malformed text. */
  public static final String CODE = "CPTS-0802";
  /** Code of a text longer than {@link FhirReadLimits#maxDocumentLength()}. */
  public static final String TOO_LONG = "CPTS-0830";
  /** Code of a text nested deeper than {@link FhirReadLimits#maxNestingDepth()}. */
  public static final String TOO_DEEP = "CPTS-0831";
  /** Code of a string longer than {@link FhirReadLimits#maxStringLength()}. */
  public static final String STRING_TOO_LONG = "CPTS-0832";
  /** Code of an unpaired surrogate (raw or escaped), text that could not be written back. */
  public static final String UNPAIRED_SURROGATE = "CPTS-0834";
  /** Code of a JSON number longer than {@link FhirReadLimits#MAX_NUMBER_DIGITS} written out in full. */
  public static final String NUMBER_TOO_LARGE = "CPTS-0835";
  /** Code of JSON numbers longer together than {@link FhirReadLimits#maxDocumentLength()} written out in full. */
  public static final String NUMBERS_TOO_LARGE = "CPTS-0836";
  /** Code of a text of more values than {@link FhirReadLimits#maxValues()}. */
  public static final String TOO_MANY_VALUES = "CPTS-0837";

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

  /**
   * A read limit exceeded.
   *
   * @param code {@link #TOO_LONG}, {@link #TOO_DEEP}, {@link #STRING_TOO_LONG}, {@link #UNPAIRED_SURROGATE} (its
   *     limit is not used), {@link #NUMBER_TOO_LARGE}, {@link #NUMBERS_TOO_LARGE} or {@link #TOO_MANY_VALUES}
   * @param source what was read: {@code JSON}, {@code XML}, or a file name
   * @param line the line where the limit was crossed (from 1), or -1
   * @param column the column where the limit was crossed (from 1), or -1
   * @param limit the limit
   * @throws IllegalArgumentException if {@code code} is not one of these
   */
  public FhirFormatException(String code, String source, int line, int column, long limit) {
    super(limitCode(code), FhirMessages.english(code, source, line, column, limit), null);
    this.line = line;
    this.column = column;
  }

  private static String limitCode(String code) {
    if (!List.of(TOO_LONG, TOO_DEEP, STRING_TOO_LONG, UNPAIRED_SURROGATE, NUMBER_TOO_LARGE, NUMBERS_TOO_LARGE,
        TOO_MANY_VALUES).contains(code)) {
      throw new IllegalArgumentException("not a read-limit code: " + code);
    }
    return code;
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
