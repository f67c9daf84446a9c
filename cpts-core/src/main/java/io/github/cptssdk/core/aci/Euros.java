package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An exact amount of euros, held as a whole number of cents. Immutable and thread-safe.
 *
 * <p>The text form is the amount with two decimals and a dot ({@code 35000.00}, {@code -12.50});
 * {@link #parse(String)} reads it back, and also accepts whole euros ({@code 35000}).
 *
 * @param cents the amount in cents
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Euros(long cents) implements Comparable<Euros> {

  /** Zero euros. */
  public static final Euros ZERO = new Euros(0);

  /**
   * @param euros whole euros
   * @return that amount
   * @throws ArithmeticException if it does not fit in cents
   */
  public static Euros of(long euros) {
    return new Euros(Math.multiplyExact(euros, 100L));
  }

  /**
   * @param cents cents
   * @return that amount
   */
  public static Euros ofCents(long cents) {
    return new Euros(cents);
  }

  /**
   * @param euros a decimal number of euros
   * @return the amount of a decimal number of euros
   * @throws ArithmeticException if it has more than two decimals or does not fit
   */
  public static Euros of(BigDecimal euros) {
    Objects.requireNonNull(euros, "euros");
    return new Euros(euros.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
  }

  /**
   * Parses {@code 35000}, {@code 35000.5} or {@code 35000.50}.
   *
   * @param text the text, surrounding spaces ignored
   * @throws NumberFormatException if the text is not a decimal number with at most two decimals
   * @return the amount
   */
  public static Euros parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return of(new BigDecimal(text.strip()));
    } catch (ArithmeticException e) {
      throw new NumberFormatException("an amount of euros has at most two decimals, e.g. 35000.50");
    }
  }

  /**
   * @param other an amount
   * @return the sum
   * @throws ArithmeticException on overflow
   */
  public Euros plus(Euros other) {
    return new Euros(Math.addExact(cents, other.cents));
  }

  /**
   * @param other an amount
   * @return the difference
   * @throws ArithmeticException on overflow
   */
  public Euros minus(Euros other) {
    return new Euros(Math.subtractExact(cents, other.cents));
  }

  /**
   * @param numerator the numerator
   * @param denominator the denominator, positive
   * @return this amount times {@code numerator / denominator}, rounded down to the cent (toward zero)
   * @throws IllegalArgumentException if {@code denominator} is not positive
   */
  public Euros times(long numerator, long denominator) {
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominator must be positive");
    }
    long product = Math.multiplyExact(cents, numerator);
    if (product == (int) product && denominator <= Integer.MAX_VALUE) {
      return new Euros((int) product / (int) denominator); // same quotient, the 32-bit division is much faster
    }
    return new Euros(product / denominator);
  }

  /**
   * @param ratio the ratio
   * @return this amount times {@code ratio}, rounded down to the cent (toward zero)
   */
  public Euros times(BigDecimal ratio) {
    Objects.requireNonNull(ratio, "ratio");
    return new Euros(BigDecimal.valueOf(cents).multiply(ratio).setScale(0, RoundingMode.DOWN).longValueExact());
  }

  /** @return true if below zero */
  public boolean isNegative() {
    return cents < 0;
  }

  /** @return true if zero */
  public boolean isZero() {
    return cents == 0;
  }

  /**
   * @param other an amount
   * @return the smaller of the two
   */
  public Euros min(Euros other) {
    return cents <= other.cents ? this : other;
  }

  /** @return the amount as a decimal number of euros with scale 2 */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(cents, 2);
  }

  @Override
  public int compareTo(Euros o) {
    return Long.compare(cents, o.cents);
  }

  /** @return {@code 35000.00} */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
