package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The population interval of a size band in a version, with the inclusivity of each bound as data
 * ({@code [40000,80000)}, {@code (175000,*)}). Immutable.
 *
 * @param band the band
 * @param lower lower bound
 * @param lowerInclusive whether a population equal to the lower bound is in the band
 * @param upper upper bound, null when unbounded
 * @param upperInclusive whether a population equal to the upper bound is in the band
 * @param status evidence status of the inclusivity (INFERRED where only the wording suggests it)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SizeBandRule(SizeBand band, long lower, boolean lowerInclusive, @Nullable Long upper,
    boolean upperInclusive, EvidenceStatus status) {

  /**
   * @param band the band
   * @param lower lower bound
   * @param lowerInclusive whether it is in the band
   * @param upper upper bound, or null
   * @param upperInclusive whether it is in the band
   * @param status the status
   * @throws IllegalArgumentException unless {@code 0 <= lower <= upper}
   */
  public SizeBandRule {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(status, "status");
    if (lower < 0 || upper != null && upper < lower) {
      throw new IllegalArgumentException("size band bounds must satisfy 0 <= lower <= upper");
    }
  }

  /**
   * Parses the interval notation of the data files: {@code [0,40000)}, {@code [80000,175000]},
   * {@code (175000,*)}.
   *
   * @param band the band
   * @param interval the interval, e.g. {@code [0,40000)}
   * @param status evidence status of the inclusivity
   * @throws IllegalArgumentException if the text is not of that form
   * @return the rule
   */
  public static SizeBandRule parse(SizeBand band, String interval, EvidenceStatus status) {
    String s = interval.strip();
    int comma = s.indexOf(',');
    if (s.length() < 5 || comma < 0 || "[(".indexOf(s.charAt(0)) < 0 || "])".indexOf(s.charAt(s.length() - 1)) < 0) {
      throw new IllegalArgumentException("a size band is written like [40000,80000) or (175000,*)");
    }
    String hi = s.substring(comma + 1, s.length() - 1).strip();
    return new SizeBandRule(band, Long.parseLong(s.substring(1, comma).strip()), s.charAt(0) == '[',
        "*".equals(hi) ? null : Long.valueOf(hi), s.charAt(s.length() - 1) == ']', status);
  }

  /**
   * @param population inhabitants
   * @return true if {@code population} is in this band
   */
  public boolean contains(long population) {
    boolean aboveLower = lowerInclusive ? population >= lower : population > lower;
    boolean belowUpper = upper == null || (upperInclusive ? population <= upper : population < upper);
    return aboveLower && belowUpper;
  }

  @Override
  public String toString() {
    return (lowerInclusive ? "[" : "(") + lower + "," + (upper == null ? "*" : upper) + (upperInclusive ? "]" : ")");
  }
}
