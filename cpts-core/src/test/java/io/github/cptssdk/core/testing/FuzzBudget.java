package io.github.cptssdk.core.testing;

/**
 * How many inputs a fuzz suite reads per jqwik try (issue 17): a short run inside {@code mvn verify}, which
 * reaches every entry point and every step of the oracle; the long run of a release with
 * {@code -D}{@value #HEAVY_PROPERTY}{@code =true}; exactly {@code N} with {@code -D}{@value #PER_TRY_PROPERTY}{@code =N}
 * (docs/reliability.md, "Test budget").
 */
public final class FuzzBudget {

  /** The switch of the long runs (the fuzz suites' full budgets, the national-size memory test). */
  public static final String HEAVY_PROPERTY = "cpts.heavy";
  /** The property that sets the inputs per try of every suite. */
  public static final String PER_TRY_PROPERTY = "cpts.fuzz.perTry";
  /** Whether this run is the heavy one. */
  public static final boolean HEAVY = Boolean.getBoolean(HEAVY_PROPERTY);

  private FuzzBudget() {}

  /**
   * @param inVerify inputs per try of the run inside {@code mvn verify}
   * @param heavy inputs per try of the heavy run
   * @return {@code -Dcpts.fuzz.perTry} if given, else {@code heavy} in the heavy run, else {@code inVerify}
   */
  public static int perTry(int inVerify, int heavy) {
    return Integer.getInteger(PER_TRY_PROPERTY, HEAVY ? heavy : inVerify);
  }

  /**
   * For a suite whose unit of work is larger than one input (a round of commands, a file of a table): its
   * {@code -Dcpts.fuzz.perTry=N} is {@code N / 1000} of its heavy run, as 1 000 inputs per try are the
   * heavy run of the JSON suites.
   *
   * @param inVerify units per try inside {@code mvn verify}
   * @param heavy units per try of the heavy run
   * @return the units per try of this run, at least 1
   */
  public static int scaled(int inVerify, int heavy) {
    Integer n = Integer.getInteger(PER_TRY_PROPERTY);
    if (n == null) {
      return HEAVY ? heavy : inVerify;
    }
    return (int) Math.max(1, (long) n * heavy / 1_000);
  }
}
