package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.Mission;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A dated payment of a contract year: what is paid when, for which line, by which rule. Immutable.
 *
 * @param date the payment day
 * @param item the funding line
 * @param mission the mission, if the line is a mission's
 * @param amount the amount paid
 * @param rule why (advance, balance, variable after review, ...)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Payment(LocalDate date, FundingItem item, @Nullable Mission mission, Euros amount, FundingRule rule) {

  /**
   * @param date the day
   * @param item the item
   * @param mission the mission, or null
   * @param amount the amount
   * @param rule why
   * @throws NullPointerException if a required component is null
   */
  public Payment {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rule, "rule");
  }
}
