package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.aci.internal.AciMessages;
import io.github.cptssdk.core.aci.internal.ContractTerritory;
import io.github.cptssdk.core.aci.internal.ContractValidator;
import io.github.cptssdk.core.aci.internal.EligibilityRules;
import io.github.cptssdk.core.aci.internal.OfficialRules;
import io.github.cptssdk.core.aci.internal.TableCheck;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.territory.TerritoryProfile;
import io.github.cptssdk.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The registry of ACI versions, each valid over a {@link io.github.cptssdk.core.time.DateRange}, and the
 * entry point of the rules: the version in force at a date, eligibility of a CPTS, validation of a
 * contract. Checked when built: versions may neither overlap nor leave a gap. Immutable and thread-safe.
 *
 * <p>{@link #official()} reads the versions listed in {@code io/github/cptssdk/core/aci/index.tsv}: a
 * later avenant is a new data file and one line in that index.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AciRules {

  private final List<AciVersion> versions;

  private AciRules(List<AciVersion> versions) {
    this.versions = versions;
  }

  /**
   * @return the versions shipped with the library (ACI 2019, avenant 2)
   * @throws AciRulesException if the shipped data is malformed (a defect)
   */
  public static AciRules official() {
    return OfficialRules.get();
  }

  /**
   * @param versions the versions, in any order
   * @return a registry of {@code versions}, sorted by start date
   * @throws AciRulesException CPTS-0401 if two versions overlap, CPTS-0402 if a gap separates two
   *     versions, CPTS-0406 if there is no version
   */
  public static AciRules of(List<AciVersion> versions) {
    List<AciVersion> sorted = Objects.requireNonNull(versions, "versions").stream()
        .sorted(Comparator.comparing((AciVersion v) -> v.validity().start())).toList();
    if (sorted.isEmpty()) {
      throw new AciRulesException("CPTS-0406", AciMessages.get().english("CPTS-0406"));
    }
    for (int i = 0; i + 1 < sorted.size(); i++) {
      AciVersion a = sorted.get(i);
      AciVersion b = sorted.get(i + 1);
      if (a.validity().overlaps(b.validity())) {
        throw new AciRulesException("CPTS-0401", AciMessages.get().english("CPTS-0401", a.id(), b.id(), b.validity().start()));
      }
      if (!a.validity().end().equals(b.validity().start())) {
        throw new AciRulesException("CPTS-0402", AciMessages.get().english("CPTS-0402", a.validity().end(), b.validity().start()));
      }
    }
    return new AciRules(sorted);
  }

  /** @return the versions, oldest first */
  public List<AciVersion> versions() {
    return versions;
  }

  /**
   * Applies a supplied table over one version: its figures become SUPPLIED candidates of that version, used
   * by default (over bundled candidates, under the amounts a contract states).
   *
   * @param versionId the version the table applies to (when the table names one, it must be the same)
   * @param table the table as read
   * @return a registry with that version completed by the table
   * @throws AciTableException with every error (line and code) if one row is wrong: nothing is applied
   * @throws AciRulesException CPTS-1481 if no version has that id
   */
  public AciRules withTable(AciVersionId versionId, SuppliedTable table) {
    Objects.requireNonNull(table, "table");
    AciVersion target = version(Objects.requireNonNull(versionId, "versionId")).orElseThrow(() -> new AciRulesException(
        "CPTS-1481", AciMessages.get().english("CPTS-1481", versionId, versions.stream().map(AciVersion::id).toList())));
    AciVersion completed = target.withFigures(TableCheck.figures(target, table));
    return new AciRules(versions.stream().map(v -> v == target ? completed : v).toList());
  }

  /**
   * @param table a table naming its version (VERSION_ID line)
   * @return as {@link #withTable(AciVersionId, SuppliedTable)} with the version the table names
   * @throws AciTableException CPTS-1478 if the table names no version, CPTS-1495 if it names a malformed one, or
   *     with every error of its rows
   */
  public AciRules withTable(SuppliedTable table) {
    AciVersionId id = Objects.requireNonNull(table, "table").versionId();
    if (id == null) {
      throw TableCheck.unnamed(table);
    }
    return withTable(id, table);
  }

  /**
   * @param id a version id ({@code ACI_2019}, {@code AVENANT_2}; {@link AciVersionId#of})
   * @return the version with this id, or empty if none
   */
  public Optional<AciVersion> version(AciVersionId id) {
    return versions.stream().filter(v -> v.id().equals(id)).findFirst();
  }

  /**
   * @param date the day
   * @return the version in force on {@code date}
   * @throws AciRulesException CPTS-0400 if no version is in force that day (before the first one, or after
   *     the last one when it has an end)
   */
  public AciVersion at(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (AciVersion v : versions) {
      if (v.validity().contains(date)) {
        return v;
      }
    }
    throw new AciRulesException("CPTS-0400", AciMessages.get().english("CPTS-0400", date, versions.get(0).validity().start()));
  }

  /**
   * @param date the day
   * @return the version in force on {@code date}, or empty if none
   */
  public Optional<AciVersion> find(LocalDate date) {
    return versions.stream().filter(v -> v.validity().contains(date)).findFirst();
  }

  /**
   * @param cpts the CPTS
   * @param date the day of the check
   * @return the eligibility and conformity findings of {@code cpts} on {@code date} (CPTS-04xx)
   */
  public ValidationReport eligibility(Cpts cpts, LocalDate date) {
    return eligibility(cpts, date, List.of());
  }

  /**
   * @param others the other known CPTS: a contracted one whose territory overlaps is reported
   * @param cpts the CPTS
   * @param date the day of the check
   * @return the eligibility and conformity findings of {@code cpts} on {@code date} (CPTS-04xx)
   */
  public ValidationReport eligibility(Cpts cpts, LocalDate date, List<Cpts> others) {
    return EligibilityRules.check(this, Objects.requireNonNull(cpts, "cpts"), Objects.requireNonNull(date, "date"),
        Objects.requireNonNull(others, "others"));
  }

  /**
   * Compares what a contract states with its territory on the referential (findings CPTS-1490, CPTS-1491,
   * warnings naming both values and the population vintage). Fund the contract on its territory with
   * {@link AciContract#onTerritory}.
   *
   * @param contract the contract
   * @param territory the profile of the CPTS territory
   * @param vintage where the territory's population comes from, e.g. {@link
   *     io.github.cptssdk.core.territory.CommuneReferential#source()}
   * @return the disagreements between the contract and its territory (none when they agree)
   * @throws AciRulesException CPTS-0400 if no version is in force at the signature
   */
  public ValidationReport checkTerritory(AciContract contract, TerritoryProfile territory, String vintage) {
    return ContractTerritory.check(at(Objects.requireNonNull(contract, "contract").signedOn()), contract,
        Objects.requireNonNull(territory, "territory"), Objects.requireNonNull(vintage, "vintage"));
  }

  /**
   * Ties a contract to its CPTS document: the contract must name the document's CPTS (an error CPTS-1496
   * naming both ids otherwise), then {@link #checkTerritory} on the document's territory. Fund the contract on
   * that territory with {@link AciContract#onTerritory} when the report is valid.
   *
   * @param contract the contract
   * @param cpts the CPTS document the contract is for
   * @param territory the profile of the document's territory on the referential
   * @param vintage where the territory's population comes from
   * @return CPTS-1496 (error) if the ids differ, else the findings of {@link #checkTerritory}
   * @throws AciRulesException CPTS-0400 if no version is in force at the signature
   */
  public ValidationReport checkDocument(AciContract contract, Cpts cpts, TerritoryProfile territory, String vintage) {
    return ContractTerritory.checkDocument(at(Objects.requireNonNull(contract, "contract").signedOn()), contract,
        Objects.requireNonNull(cpts, "cpts"), Objects.requireNonNull(territory, "territory"),
        Objects.requireNonNull(vintage, "vintage"));
  }

  /**
   * @param contract the contract
   * @return the findings on a contract: missing core missions, bad amounts, bad indicator lines (CPTS-05xx)
   */
  public ValidationReport validate(AciContract contract) {
    return ContractValidator.validate(this, Objects.requireNonNull(contract, "contract"));
  }
}
