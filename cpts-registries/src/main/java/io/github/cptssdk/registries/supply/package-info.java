/** What the registries give: the supply of care of a territory, the members of a CPTS, the difference between two extractions, the CPTS of FINESS placed on the referential. */
@NullMarked
package io.github.cptssdk.registries.supply;

import org.jspecify.annotations.NullMarked;
