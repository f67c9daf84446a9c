/** The médecin-traitant desk: requests, GP capacity, priority rules, matching and outcomes. */
@NullMarked
package io.github.cptssdk.desk;

import org.jspecify.annotations.NullMarked;
