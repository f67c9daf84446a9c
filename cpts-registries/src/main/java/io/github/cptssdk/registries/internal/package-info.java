/** Implementation details of cpts-registries (not exported). */
@NullMarked
package io.github.cptssdk.registries.internal;

import org.jspecify.annotations.NullMarked;
