package io.github.cptssdk.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.cptssdk.json.JsonReadLimits;
import io.github.cptssdk.json.internal.ErrorMapper.Problem;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * The read limits of a CPTS document (Jackson {@link StreamReadConstraints}), sized for the largest real
 * CPTS (a few thousand members, a few hundred communes) with a wide margin, and small enough that a
 * hostile document cannot exhaust memory or stack. The defaults of {@link JsonReadLimits#DEFAULTS}.
 */
@API(status = INTERNAL, since = "0.1")
public final class Limits {

  /** Longest document: 16 MiB (about 100 000 members). */
  public static final int MAX_DOCUMENT_LENGTH = 16 * 1024 * 1024;
  /** Deepest nesting of arrays and objects: 16 (a CPTS document uses 4). */
  public static final int MAX_NESTING_DEPTH = 16;
  /** Longest string value: 10 000 characters (names are at most 200). */
  public static final int MAX_STRING_LENGTH = 10_000;
  /** Longest number: 20 characters (the format has no number). */
  public static final int MAX_NUMBER_LENGTH = 20;
  /** Longest property name: 100 characters. */
  public static final int MAX_NAME_LENGTH = 100;

  private Limits() {}

  /** @return the problem for a constraint exception's original message, naming the limit of {@code limits} */
  public static Problem problem(@Nullable String message, String path, JsonReadLimits limits) {
    String m = String.valueOf(message).toLowerCase(java.util.Locale.ROOT);
    if (m.contains("document length")) {
      return Problem.of("CPTS-0302", path, limits.maxDocumentLength());
    }
    if (m.contains("nesting depth")) {
      return Problem.of("CPTS-0303", path, limits.maxNestingDepth());
    }
    if (m.contains("number value length")) {
      return Problem.of("CPTS-0305", path, limits.maxNumberLength());
    }
    if (m.contains("name length")) {
      return Problem.of("CPTS-0306", path, limits.maxNameLength());
    }
    return Problem.of("CPTS-0304", path, limits.maxStringLength());
  }
}
