/** The common model of the registry readers: error policy, read summary, limits and the coded exception. */
@NullMarked
package io.github.cptssdk.registries;

import org.jspecify.annotations.NullMarked;
