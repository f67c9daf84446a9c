/**
 * French national identifiers with their check keys: RPPS, ADELI, FINESS, SIREN, SIRET, INSEE commune
 * code, EPCI. Each is a record validated on construction; {@code parse(toString())} round-trips.
 */
@NullMarked
package io.github.cptssdk.core.id;

import org.jspecify.annotations.NullMarked;
