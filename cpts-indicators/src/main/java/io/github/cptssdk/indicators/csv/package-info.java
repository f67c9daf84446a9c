/** Streaming CSV readers of patients, care events and territories, with row/column error reporting. */
@NullMarked
package io.github.cptssdk.indicators.csv;

import org.jspecify.annotations.NullMarked;
