package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a CPTS of a given size could receive at most per year under the version in force at a date, line
 * by line: the known part and the unknown lines, never an invented total. Immutable.
 *
 * @param versionId the version in force
 * @param date the date simulated
 * @param size the size band
 * @param lines the lines
 * @param nationalMaximum the national maximum annual total of the size, when known
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Simulation(AciVersionId versionId, LocalDate date, SizeBand size, List<SimulatedLine> lines,
    Amount nationalMaximum) {

  /**
   * @param versionId the version
   * @param date the date
   * @param size the size band
   * @param lines the lines (copied)
   * @param nationalMaximum the national maximum
   * @throws NullPointerException if a component is null
   */
  public Simulation {
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(size, "size");
    lines = List.copyOf(lines);
    Objects.requireNonNull(nationalMaximum, "nationalMaximum");
  }

  /** @return the sum of the known annual lines */
  public Euros knownAnnualTotal() {
    return lines.stream().filter(SimulatedLine::annual).map(l -> l.amount().value().orElse(Euros.ZERO))
        .reduce(Euros.ZERO, Euros::plus);
  }

  /** @return the annual lines whose amount is unknown */
  public List<SimulatedLine> unknownAnnualLines() {
    return lines.stream().filter(l -> l.annual() && !l.amount().isKnown()).toList();
  }

  /** @return true if every annual line is known, so {@link #knownAnnualTotal()} is the total */
  public boolean complete() {
    return unknownAnnualLines().isEmpty();
  }
}
