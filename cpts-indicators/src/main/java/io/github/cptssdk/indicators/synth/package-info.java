/** A seeded, deterministic generator of synthetic patient populations weighted by real commune populations. */
@NullMarked
package io.github.cptssdk.indicators.synth;

import org.jspecify.annotations.NullMarked;
