/**
 * The model of a CPTS: {@link io.github.cptssdk.core.model.Cpts}, its members, missions and lifecycle.
 * All types are immutable records, safe to share between threads.
 */
@NullMarked
package io.github.cptssdk.core.model;

import org.jspecify.annotations.NullMarked;
