package io.github.cptssdk.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.InvalidIdentifierException.Reason;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Code of an EPCI (établissement public de coopération intercommunale à fiscalité propre: communauté de
 * communes, d'agglomération, urbaine, métropole): its SIREN number, as used by INSEE and the BANATIC
 * (for example {@code 200046977}, Métropole de Lyon). Errors are reported as {@link IdentifierKind#EPCI}.
 * Immutable, thread-safe.
 *
 * @param siren the SIREN of the EPCI
 */
@API(status = STABLE, since = "0.1")
public record EpciCode(Siren siren) implements Identifier {

  /**
   * @param siren the SIREN of the EPCI
   * @throws NullPointerException if {@code siren} is null
   */
  public EpciCode {
    Objects.requireNonNull(siren, "siren");
  }

  /**
   * @param text the 9 digits of the SIREN; ASCII spaces are ignored
   * @return the EPCI code
   * @throws InvalidIdentifierException if the text is not a valid SIREN (reported as an EPCI code)
   * @throws NullPointerException if {@code text} is null
   */
  public static EpciCode parse(CharSequence text) {
    String s = CheckDigits.canonical(text, "text");
    Reason problem = Siren.problem(s);
    if (problem != null) {
      throw new InvalidIdentifierException(IdentifierKind.EPCI, problem);
    }
    return new EpciCode(new Siren(s));
  }

  /**
   * @param text the text to check, may be null
   * @return true if {@code text} is a valid EPCI code, i.e. {@link #parse} would accept it (false for null)
   */
  public static boolean isValid(@Nullable CharSequence text) {
    return text != null && Siren.problem(CheckDigits.canonical(text, "text")) == null;
  }

  /**
   * @param siren the SIREN of the EPCI
   * @return the EPCI code
   * @throws NullPointerException if {@code siren} is null
   */
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
