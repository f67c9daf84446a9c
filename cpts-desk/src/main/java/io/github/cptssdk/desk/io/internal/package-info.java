/** The CSV cells and rows of the desk readers; not API. */
@NullMarked
package io.github.cptssdk.desk.io.internal;

import org.jspecify.annotations.NullMarked;
