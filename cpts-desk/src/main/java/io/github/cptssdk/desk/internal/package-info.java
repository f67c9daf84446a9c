/** Implementation of the desk; not API. */
@NullMarked
package io.github.cptssdk.desk.internal;

import org.jspecify.annotations.NullMarked;
