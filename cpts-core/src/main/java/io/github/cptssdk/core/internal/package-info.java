/** Implementation details of cpts-core: not exported, may change at any time. */
@NullMarked
package io.github.cptssdk.core.internal;

import org.jspecify.annotations.NullMarked;
