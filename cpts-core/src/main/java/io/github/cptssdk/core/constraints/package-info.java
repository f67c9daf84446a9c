/**
 * Jakarta Validation constraints for French identifiers held as text in users' objects ({@code @Rpps},
 * {@code @Adeli}, {@code @Finess}, {@code @Siren}, {@code @Siret}, {@code @InseeCommune}, {@code @Epci}),
 * with their validators and EN/FR messages ({@code ConstraintMessages{,_fr}.properties} in this package).
 */
@NullMarked
package io.github.cptssdk.core.constraints;

import org.jspecify.annotations.NullMarked;
