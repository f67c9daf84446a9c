package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A French national identifier with its check rules: every implementation validates its format and key
 * on construction, and {@code parse(toString())} gives back an equal value.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Identifier
    permits RppsNumber, AdeliNumber, FinessNumber, Siren, Siret, CommuneCode, EpciCode {

  /** @return the canonical text of the identifier (no spaces) */
  String value();

  /** @return the kind of identifier, used in messages instead of the value */
  IdentifierKind kind();
}
