/** Implementation of the CSV readers (scanner, header map, field parsers): not exported, may change at any time. */
@NullMarked
package io.github.cptssdk.indicators.csv.internal;

import org.jspecify.annotations.NullMarked;
