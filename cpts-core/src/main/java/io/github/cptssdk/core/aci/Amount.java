package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An amount that is either known (euros) or explicitly unknown with the reason, never a silent zero;
 * both carry their {@link Provenance}. Immutable.
 *
 * @param euros the value when known, null when unknown
 * @param unknownReason why it is unknown (null when known)
 * @param provenance rule, version and sources
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Amount(@Nullable Euros euros, @Nullable UnknownReason unknownReason, Provenance provenance) {

  /**
   * @param euros the value, or null
   * @param unknownReason the reason, or null
   * @param provenance the provenance
   * @throws IllegalArgumentException unless exactly one of {@code euros} and {@code unknownReason} is given
   */
  public Amount {
    Objects.requireNonNull(provenance, "provenance");
    if ((euros == null) == (unknownReason == null)) {
      throw new IllegalArgumentException("an amount is either known (euros) or unknown (reason), not both");
    }
  }

  /**
   * @param euros the value
   * @param provenance rule, version and sources
   * @return a known amount
   */
  public static Amount known(Euros euros, Provenance provenance) {
    return new Amount(Objects.requireNonNull(euros, "euros"), null, provenance);
  }

  /**
   * @param reason why it is unknown
   * @param provenance rule, version and sources
   * @return an unknown amount
   */
  public static Amount unknown(UnknownReason reason, Provenance provenance) {
    return new Amount(null, Objects.requireNonNull(reason, "reason"), provenance);
  }

  /** @return true if the value is known */
  public boolean isKnown() {
    return euros != null;
  }

  /** @return the euros if known */
  public Optional<Euros> value() {
    return Optional.ofNullable(euros);
  }

  /**
   * @param rule the new rule
   * @param f the change of the value
   * @return the known value mapped by {@code f}, or this unknown amount unchanged; with the new rule
   */
  public Amount map(FundingRule rule, UnaryOperator<Euros> f) {
    Provenance p = provenance.withRule(rule);
    return euros == null ? new Amount(null, unknownReason, p) : known(f.apply(euros), p);
  }

  @Override
  public String toString() {
    return (euros == null ? "UNKNOWN (" + unknownReason + ")" : euros.toString()) + " " + provenance;
  }
}
