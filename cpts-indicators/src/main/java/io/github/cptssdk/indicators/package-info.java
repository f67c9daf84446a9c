/** The ACI indicators computed in one pass over patient-level data. */
@NullMarked
package io.github.cptssdk.indicators;

import org.jspecify.annotations.NullMarked;
