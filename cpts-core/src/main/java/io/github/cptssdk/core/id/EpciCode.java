package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Code of an EPCI (établissement public de coopération intercommunale: communauté de communes,
 * d'agglomération, urbaine, métropole): its SIREN number.
 *
 * @param siren the SIREN of the EPCI
 */
@API(status = STABLE, since = "0.1")
public record EpciCode(Siren siren) implements Identifier {

  public EpciCode {
    Objects.requireNonNull(siren, "siren");
  }

  /** @throws InvalidIdentifierException if the text is not a valid SIREN (reported as an EPCI code) */
  public static EpciCode parse(CharSequence text) {
    String s = CheckDigits.strip(text, "text");
    if (!CheckDigits.isDigits(s, 9)) {
      throw new InvalidIdentifierException(IdentifierKind.EPCI, InvalidIdentifierException.Reason.FORMAT);
    }
    if (!CheckDigits.luhnValid(s)) {
      throw new InvalidIdentifierException(IdentifierKind.EPCI, InvalidIdentifierException.Reason.CHECK_KEY);
    }
    return new EpciCode(new Siren(s));
  }

  public static EpciCode of(Siren siren) {
    return new EpciCode(siren);
  }

  @Override
  public String value() {
    return siren.value();
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.EPCI;
  }

  @Override
  public String toString() {
    return siren.value();
  }
}
