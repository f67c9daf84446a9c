package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The resource limits of the FHIR readers ({@link FhirMapper#fromText(String, FhirReadLimits)},
 * {@link FhirMapper#parse(String, FhirReadLimits)}, {@link FhirValidator#validate(String, FhirReadLimits)}),
 * so that a hostile or broken text cannot exhaust memory or stack: they are checked in one pass over the
 * text before HAPI parses it. Each limit is inclusive: a value of exactly the limit is read, one more is
 * rejected with a {@link FhirFormatException} carrying its code, the line and column and the limit (never
 * the content). Lengths are in characters of the Java string ({@link String#length()}, UTF-16 units).
 * Immutable and thread-safe.
 *
 * <p>The defaults have a wide margin over what the adapter writes (measured on 0.1): the example CPTS
 * of the tests (Thau basin, 5 communes) is a bundle of 26 000 characters of JSON or 35 000 of XML; a CPTS stretched
 * over a whole region (Grand Est: 5 115 communes, 5 000 professionals, far more than any real CPTS) is
 * 18 million characters of JSON or 24 million of XML; every bundle nests at most 9 levels (JSON) or 8
 * elements (XML), and its longest string is 97 characters (a URL).
 *
 * <p>Memory (issue 17): while {@link FhirMapper#fromText} reads a text within these limits, the heap it uses
 * (the text included, HAPI's context of about 40 MiB not) is at most about 4 bytes a character and 350 bytes a
 * value (HAPI's tree and model; measured on the costliest shapes: strings of 1 MiB, empty objects in bundle
 * entries, and both in one text). With the defaults that is a heap of 768 MiB (FhirMemoryBoundTest reads the
 * largest texts they allow in {@code -Xmx768m}); for a heap of {@code H} bytes, take {@code maxValues} of about
 * {@code (H - 4 * maxDocumentLength - 40 MiB) / 350}. Time is linear in the text (one pre-scan pass, then HAPI's parse).
 *
 * @param maxDocumentLength longest text, in characters (default 64 MiB: 2.7 times the region-wide XML
 *     bundle; the text is already in memory, the limit bounds the HAPI model built from it, several times
 *     larger): CPTS-0830
 * @param maxNestingDepth deepest nesting of JSON arrays and objects, or of XML elements (default 64; our
 *     bundles use at most 9, other systems' nest deeper through contained resources and extensions;
 *     HAPI's own JSON limit is 1 000): CPTS-0831
 * @param maxStringLength longest JSON string (property names included, an escape counted as one
 *     character) or XML text or attribute value, in characters (default 1 MiB: room for a narrative or a
 *     base64 attachment of about 750 KB; identifiers and names are under 200; HAPI has no limit):
 *     CPTS-0832
 * @param maxValues most values of a text: JSON objects, arrays, strings (property names included), numbers
 *     and literals; XML elements and attributes (default {@value #DEFAULT_MAX_VALUES}: 3.5 times the largest
 *     bundle the demo writes, 287 125 values for 2 485 professionals): what HAPI's memory grows with, some hundred
 *     bytes each (docs/reliability.md gives the figures): CPTS-0837
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FhirReadLimits(int maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxValues) {

  /** The default of {@link #maxValues()}. */
  public static final int DEFAULT_MAX_VALUES = 1_000_000;

  /**
   * The most digits a JSON number may have when written out in full (digits, exponent, sign and point):
   * 1 000, HAPI's own limit on the length of a number's text (CPTS-0835). HAPI writes each decimal out in
   * full; the digits written out of all the numbers of a text are at most {@link #maxDocumentLength()}
   * (CPTS-0836), so {@code 1E999999999} (11 characters, a billion digits) is rejected before HAPI parses.
   */
  public static final int MAX_NUMBER_DIGITS = 1000;

  /** The default limits: 64 MiB, depth 64, strings of 1 MiB (in characters), 1 000 000 values. */
  public static final FhirReadLimits DEFAULTS = new FhirReadLimits(64 * 1024 * 1024, 64, 1024 * 1024, DEFAULT_MAX_VALUES);

  /**
   * @param maxDocumentLength characters
   * @param maxNestingDepth levels
   * @param maxStringLength characters
   * @param maxValues values
   * @throws IllegalArgumentException if a limit is not positive
   */
  public FhirReadLimits {
    if (maxDocumentLength < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxValues < 1) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /**
   * @param maxDocumentLength characters
   * @param maxNestingDepth levels
   * @param maxStringLength characters
   * @throws IllegalArgumentException if a limit is not positive
   */
  public FhirReadLimits(int maxDocumentLength, int maxNestingDepth, int maxStringLength) {
    this(maxDocumentLength, maxNestingDepth, maxStringLength, DEFAULT_MAX_VALUES);
  }

  /**
   * @param value another document length, in characters, positive
   * @return these limits with that change
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public FhirReadLimits withMaxDocumentLength(int value) {
    return new FhirReadLimits(value, maxNestingDepth, maxStringLength, maxValues);
  }

  /**
   * @param value another nesting depth, positive
   * @return these limits with that change
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public FhirReadLimits withMaxNestingDepth(int value) {
    return new FhirReadLimits(maxDocumentLength, value, maxStringLength, maxValues);
  }

  /**
   * @param value another string length, in characters, positive
   * @return these limits with that change
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public FhirReadLimits withMaxStringLength(int value) {
    return new FhirReadLimits(maxDocumentLength, maxNestingDepth, value, maxValues);
  }

  /**
   * @param value another number of values, positive
   * @return these limits with that change
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public FhirReadLimits withMaxValues(int value) {
    return new FhirReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, value);
  }
}
