/** FINESS: the FINESS+ structures JSON flow and the legacy Etalab CSV, read in streaming. */
@NullMarked
package io.github.cptssdk.registries.finess;

import org.jspecify.annotations.NullMarked;
