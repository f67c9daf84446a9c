package io.github.cptssdk.indicators.synth.internal;

import java.util.SplittableRandom;

/**
 * The age pyramid of the synthetic population: Insee population estimates by broad age band
 * (France métropolitaine, 1 January 2022, provisional; published by INED, "Population par sexe et âge
 * au 1er janvier"): under 20: 15 373 142; 20-64: 36 317 154; 65 or more: 13 937 158. Approximation:
 * uniform within 0-19 and 20-64, and a linearly decreasing density from 65 to 100 inclusive.
 */
public final class AgePyramid {

  private static final double UNDER_20 = 15_373_142;
  private static final double FROM_20_TO_64 = 36_317_154;
  private static final double FROM_65 = 13_937_158;
  private static final int MAX_AGE = 100;

  private final double[] cumulative = new double[MAX_AGE + 1];

  public AgePyramid() {
    double[] w = new double[MAX_AGE + 1];
    for (int a = 0; a < 20; a++) {
      w[a] = UNDER_20 / 20;
    }
    for (int a = 20; a < 65; a++) {
      w[a] = FROM_20_TO_64 / 45;
    }
    double tri = 0;
    for (int a = 65; a <= MAX_AGE; a++) {
      tri += MAX_AGE + 1 - a;
    }
    for (int a = 65; a <= MAX_AGE; a++) {
      w[a] = FROM_65 * (MAX_AGE + 1 - a) / tri;
    }
    double total = 0;
    for (int a = 0; a <= MAX_AGE; a++) {
      total += w[a];
      cumulative[a] = total;
    }
    for (int a = 0; a <= MAX_AGE; a++) {
      cumulative[a] /= total;
    }
  }

  /** @return an age drawn from the pyramid */
  public int sample(SplittableRandom random) {
    double u = random.nextDouble();
    int lo = 0;
    int hi = MAX_AGE;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** @return the share of the population aged at least {@code age} */
  public double shareAtLeast(int age) {
    return age <= 0 ? 1.0 : age > MAX_AGE ? 0.0 : 1.0 - cumulative[age - 1];
  }
}
