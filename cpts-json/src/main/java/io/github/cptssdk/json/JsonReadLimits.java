package io.github.cptssdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.cptssdk.json.internal.Limits;
import org.apiguardian.api.API;

/**
 * The resource limits of the JSON readers of cpts-json ({@link CptsJsonCodec} for CPTS documents,
 * {@link io.github.cptssdk.json.contract.ContractJson} for contract and results documents), so that a
 * hostile or broken document cannot exhaust memory or stack. Each limit is inclusive: a value of exactly
 * the limit is read, one more is rejected with its code. The defaults are sized for the largest real CPTS
 * (a few thousand members, a few hundred communes) with a wide margin. Immutable and thread-safe.
 *
 * @param maxDocumentLength longest document, in bytes (default 16 MiB, about 100 000 members): CPTS-0302
 * @param maxNestingDepth deepest nesting of arrays and objects (default 16; the formats use at most 6):
 *     CPTS-0303
 * @param maxStringLength longest string value, in characters (default 10 000; names are at most 200):
 *     CPTS-0304
 * @param maxNumberLength longest number, in characters (default 20): CPTS-0305
 * @param maxNameLength longest property name, in characters (default 100): CPTS-0306
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record JsonReadLimits(int maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength,
    int maxNameLength) {

  /** The default limits: 16 MiB, depth 16, strings of 10 000, numbers of 20, names of 100 characters. */
  public static final JsonReadLimits DEFAULTS = new JsonReadLimits(Limits.MAX_DOCUMENT_LENGTH, Limits.MAX_NESTING_DEPTH,
      Limits.MAX_STRING_LENGTH, Limits.MAX_NUMBER_LENGTH, Limits.MAX_NAME_LENGTH);

  /**
   * @param maxDocumentLength bytes
   * @param maxNestingDepth levels
   * @param maxStringLength characters
   * @param maxNumberLength characters
   * @param maxNameLength characters
   * @throws IllegalArgumentException if a limit is not positive
   */
  public JsonReadLimits {
    if (maxDocumentLength < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxNameLength < 1) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /**
   * @param value another document length, in bytes, positive
   * @return these limits with that change
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonReadLimits withMaxDocumentLength(int value) {
    return new JsonReadLimits(value, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * @param value another nesting depth, positive
   * @return these limits with that change
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonReadLimits withMaxNestingDepth(int value) {
    return new JsonReadLimits(maxDocumentLength, value, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * @param value another string length, in characters, positive
   * @return these limits with that change
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonReadLimits withMaxStringLength(int value) {
    return new JsonReadLimits(maxDocumentLength, maxNestingDepth, value, maxNumberLength, maxNameLength);
  }

  /**
   * @param value another number length, in characters, positive
   * @return these limits with that change
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonReadLimits withMaxNumberLength(int value) {
    return new JsonReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, value, maxNameLength);
  }

  /**
   * @param value another property-name length, in characters, positive
   * @return these limits with that change
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonReadLimits withMaxNameLength(int value) {
    return new JsonReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, value);
  }

  /** @return these limits as Jackson read constraints */
  public StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .build();
  }
}
