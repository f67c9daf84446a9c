/** Loading of the bundled commune referential: not exported. */
@NullMarked
package io.github.cptssdk.core.territory.internal;

import org.jspecify.annotations.NullMarked;
