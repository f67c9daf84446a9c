/** Implementation of the indicator engine: not exported, may change at any time. */
@NullMarked
package io.github.cptssdk.indicators.internal;

import org.jspecify.annotations.NullMarked;
