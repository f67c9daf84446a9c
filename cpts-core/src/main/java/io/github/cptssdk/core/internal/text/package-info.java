/**
 * The byte-level record scanner shared by the readers of cpts-indicators, cpts-desk and cpts-registries,
 * and the splitting of a file into ranges read in parallel: not exported, may change at any time.
 */
@NullMarked
package io.github.cptssdk.core.internal.text;

import org.jspecify.annotations.NullMarked;
