/** Implementation of the synthetic population (person generator, age pyramid): not exported, may change at any time. */
@NullMarked
package io.github.cptssdk.indicators.synth.internal;

import org.jspecify.annotations.NullMarked;
