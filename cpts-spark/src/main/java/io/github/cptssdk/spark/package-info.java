/** The ACI indicators of cpts-indicators on Apache Spark: same definitions, same report, same suppression. */
@NullMarked
package io.github.cptssdk.spark;

import org.jspecify.annotations.NullMarked;
