package io.github.cptssdk.indicators.internal;

import io.github.cptssdk.indicators.IndicatorEngine;
import io.github.cptssdk.indicators.IndicatorReport;

/**
 * What another engine of this project (cpts-spark) needs of an {@link IndicatorEngine} to compute the
 * same report elsewhere: its commune index, its rules, and the report built from per-area sums, through
 * the same roll-up and suppression. Installed once by {@code IndicatorEngine} (the JDK's
 * "shared secrets" pattern), so that none of it is public API.
 */
public final class EngineAccess {

  /** The engine's side, implemented by {@code IndicatorEngine}. */
  public interface Access {
    /** @return the engine's commune → areas index */
    CommuneIndex index(IndicatorEngine engine);

    /** @return the engine's rules */
    PatientRules rules(IndicatorEngine engine);

    /**
     * @return the report of per-area sums (see {@link Rollup#results(long[][], long[], long[], PatientRules)})
     */
    IndicatorReport report(IndicatorEngine engine, long[][] sums, long[] appointmentPros, long[] pathwayPros);
  }

  private static volatile Access access;

  private EngineAccess() {}

  /**
   * @param value the engine's side
   * @throws IllegalStateException if already installed
   */
  public static void install(Access value) {
    if (access != null) {
      throw new IllegalStateException("engine access already installed");
    }
    access = value;
  }

  /** @return the engine's side (an engine exists, so its class has installed it) */
  public static Access get() {
    Access a = access;
    if (a == null) {
      throw new IllegalStateException("IndicatorEngine is not initialised");
    }
    return a;
  }
}
