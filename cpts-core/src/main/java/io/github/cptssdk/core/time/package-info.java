/** The half-open date range used for every validity period. */
@NullMarked
package io.github.cptssdk.core.time;

import org.jspecify.annotations.NullMarked;
