/** Spark columns of the indicator rules (not API). */
@NullMarked
package io.github.cptssdk.spark.internal;

import org.jspecify.annotations.NullMarked;
