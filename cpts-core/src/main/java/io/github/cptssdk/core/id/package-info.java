/**
 * French national identifiers with their check keys: RPPS, ADELI, FINESS, SIREN, SIRET, INSEE commune
 * code, EPCI. Each is an immutable record validated on construction ({@code parse} ignores ASCII spaces
 * and reads {@code 2a}/{@code 2b} as {@code 2A}/{@code 2B}); {@code isValid(text)} is true exactly when
 * {@code parse(text)} succeeds; {@code parse(toString())} round-trips. Rejections are
 * {@link io.github.cptssdk.core.id.InvalidIdentifierException}s with codes {@code CPTS-0001..0003} and
 * EN/FR messages (bundle {@code io/github/cptssdk/core/id/messages{,_fr}.properties}) that never contain
 * the value. Each type's Javadoc names the source of its key rule, and says when a rule is unconfirmed.
 */
@NullMarked
package io.github.cptssdk.core.id;

import org.jspecify.annotations.NullMarked;
