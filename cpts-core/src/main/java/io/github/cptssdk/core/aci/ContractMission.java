package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.ModelDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A mission in an ACI contract: its actual start, its fixed envelope (null: the national amount, often
 * unknown) and the indicator lines making up its variable envelope. Immutable.
 *
 * @param mission the mission
 * @param startedOn the day it started, null if not yet
 * @param fixedAmount the yearly fixed part stated by the contract, null to use the national table
 * @param indicators the indicator lines of the variable part
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContractMission(Mission mission, @Nullable LocalDate startedOn, @Nullable Euros fixedAmount,
    List<IndicatorLine> indicators) {

  /**
   * @param mission the mission
   * @param startedOn the start, or null
   * @param fixedAmount the fixed part, or null
   * @param indicators the indicator lines (copied)
   * @throws NullPointerException if {@code mission} or {@code indicators} is null
   * @throws io.github.cptssdk.core.model.DateOutOfRangeException if the start is outside the model's range
   */
  public ContractMission {
    Objects.requireNonNull(mission, "mission");
    ModelDates.check(startedOn, "startedOn");
    indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
  }

  /** @return the variable envelope: the sum of the known line amounts */
  public Euros variableEnvelope() {
    return indicators.stream().map(IndicatorLine::amount).filter(Objects::nonNull).reduce(Euros.ZERO, Euros::plus);
  }

  /**
   * @param date the day it started, or null
   * @return a copy with that start
   */
  public ContractMission withStartedOn(@Nullable LocalDate date) {
    return new ContractMission(mission, date, fixedAmount, indicators);
  }

  /**
   * @param amount the yearly fixed part, or null for the national table
   * @return a copy with that amount
   */
  public ContractMission withFixedAmount(@Nullable Euros amount) {
    return new ContractMission(mission, startedOn, amount, indicators);
  }

  /**
   * @param lines the indicator lines (copied)
   * @return a copy with these lines
   */
  public ContractMission withIndicators(List<IndicatorLine> lines) {
    return new ContractMission(mission, startedOn, fixedAmount, lines);
  }
}
