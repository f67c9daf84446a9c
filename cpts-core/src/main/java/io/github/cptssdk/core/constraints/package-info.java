/**
 * The Jakarta Validation constraint for French identifiers held as text in users' objects,
 * {@code @FrenchId(kind)} with one {@link io.github.cptssdk.core.id.IdentifierKind} per identifier (RPPS, ADELI,
 * FINESS, SIREN, SIRET, INSEE commune code, EPCI), with its validator and EN/FR messages ({@code ConstraintMessages{,_fr}.properties} in this package).
 */
@NullMarked
package io.github.cptssdk.core.constraints;

import org.jspecify.annotations.NullMarked;
