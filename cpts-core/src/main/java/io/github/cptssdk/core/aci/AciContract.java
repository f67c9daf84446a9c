package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.ModelDates;
import io.github.cptssdk.core.territory.TerritoryProfile;
import io.github.cptssdk.core.time.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An ACI contract as data: the CPTS, the signature date, its size (band or population), the amounts it
 * states (null: the national table, often unknown), the scoring formula of RESULT lines, and its
 * missions. Semantic problems are reported by {@link AciRules#validate(AciContract)}. Immutable.
 *
 * @param cptsId the CPTS
 * @param signedOn the signature day (contract years run from its anniversaries)
 * @param size the size band stated by the contract, null to derive it from {@code population}
 * @param population the population covered, null if only the band is known
 * @param operatingAtSignature operating funding paid at signature, null for the national amount
 * @param operatingYearly yearly operating funding after the missions start, null for the national amount
 * @param letterOfIntent letter-of-intent payment (avenant 2), null for the national amount
 * @param letterOfIntentValidatedOn the day the ARS validated the letter of intent, null if not applicable
 * @param crisisActivation extra payment when the ARS recognises a crisis, null for the national amount
 * @param formula how RESULT lines without tiers are scored
 * @param missions the missions of the contract
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AciContract(CptsId cptsId, LocalDate signedOn, @Nullable SizeBand size, @Nullable Long population,
    @Nullable Euros operatingAtSignature, @Nullable Euros operatingYearly, @Nullable Euros letterOfIntent,
    @Nullable LocalDate letterOfIntentValidatedOn, @Nullable Euros crisisActivation, AttainmentFormula formula,
    List<ContractMission> missions) {

  /**
   * @param cptsId the CPTS
   * @param signedOn the signature day
   * @param size the size band, or null
   * @param population the population, or null
   * @param operatingAtSignature in euros, or null for the national amount
   * @param operatingYearly in euros, or null for the national amount
   * @param letterOfIntent in euros, or null for the national amount
   * @param letterOfIntentValidatedOn the day, or null
   * @param crisisActivation in euros, or null for the national amount
   * @param formula the scoring formula
   * @param missions the missions (copied)
   * @throws NullPointerException if {@code cptsId}, {@code signedOn}, {@code formula} or {@code missions} is null
   * @throws io.github.cptssdk.core.model.DateOutOfRangeException if a date is outside the model's range
   */
  public AciContract {
    Objects.requireNonNull(cptsId, "cptsId");
    ModelDates.check(Objects.requireNonNull(signedOn, "signedOn"), "signedOn");
    ModelDates.check(letterOfIntentValidatedOn, "letterOfIntentValidatedOn");
    Objects.requireNonNull(formula, "formula");
    missions = List.copyOf(Objects.requireNonNull(missions, "missions"));
  }

  /**
   * Creates a contract stating only its size band and missions: every amount from the national table, linear scoring.
   *
   * @param id the CPTS
   * @param signedOn the signature day
   * @param size the size band
   * @param missions the missions (copied)
   * @return the contract
   */
  public static AciContract of(CptsId id, LocalDate signedOn, SizeBand size, List<ContractMission> missions) {
    return new AciContract(id, signedOn, size, null, null, null, null, null, null, AttainmentFormula.LINEAR, missions);
  }

  /**
   * @param year contract year, 1-based
   * @return contract year {@code year}: {@code [signedOn + year-1 years, signedOn + year years)}
   * @throws IllegalArgumentException if {@code year} is below 1
   */
  public DateRange year(int year) {
    if (year < 1) {
      throw new IllegalArgumentException("contract years start at 1");
    }
    return DateRange.of(signedOn.plusYears(year - 1L), signedOn.plusYears(year));
  }

  /**
   * The contract year holding a day, counted from the signature with no upper bound: the caller bounds it
   * by the duration of its version ({@link AciVersion#contractYears()}), as {@link AciFunding#yearContaining} does.
   *
   * @param date a day
   * @return the 1-based year {@code n} with {@code year(n).contains(date)}, or empty before the signature
   */
  public OptionalInt yearContaining(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(signedOn)) {
      return OptionalInt.empty();
    }
    long n = ChronoUnit.YEARS.between(signedOn, date) + 1;
    while (!year((int) n).contains(date)) {
      n += year((int) n).end().isAfter(date) ? -1 : 1;
    }
    return OptionalInt.of((int) n);
  }

  /**
   * @param mission a mission
   * @return the mission, or empty if the contract does not have it
   */
  public Optional<ContractMission> mission(Mission mission) {
    return missions.stream().filter(m -> m.mission() == mission).findFirst();
  }

  /**
   * Ties the contract to its territory: the population comes from the territory on the referential and the
   * size band from that population under the version in force (the contract's own band and population are
   * dropped). Compare them first with {@link AciRules#checkTerritory}: a disagreement is a finding, never a
   * silent choice.
   *
   * @param territory the profile of the CPTS territory on the referential
   * @return a copy whose population is the territory's and whose size band is derived from it
   */
  public AciContract onTerritory(TerritoryProfile territory) {
    return new AciContract(cptsId, signedOn, null, Objects.requireNonNull(territory, "territory").population(),
        operatingAtSignature, operatingYearly, letterOfIntent, letterOfIntentValidatedOn, crisisActivation, formula,
        missions);
  }

  /**
   * @param list the missions (copied)
   * @return a copy with these missions
   */
  public AciContract withMissions(List<ContractMission> list) {
    return new AciContract(cptsId, signedOn, size, population, operatingAtSignature, operatingYearly, letterOfIntent,
        letterOfIntentValidatedOn, crisisActivation, formula, list);
  }

  /**
   * @param date the signature day
   * @return a copy signed on {@code date}
   */
  public AciContract withSignedOn(LocalDate date) {
    return new AciContract(cptsId, date, size, population, operatingAtSignature, operatingYearly, letterOfIntent,
        letterOfIntentValidatedOn, crisisActivation, formula, missions);
  }

  /**
   * @param atSignature operating funding paid at signature, null for the national amount
   * @param yearly yearly operating funding, null for the national amount
   * @return a copy with these operating amounts
   */
  public AciContract withOperating(@Nullable Euros atSignature, @Nullable Euros yearly) {
    return new AciContract(cptsId, signedOn, size, population, atSignature, yearly, letterOfIntent,
        letterOfIntentValidatedOn, crisisActivation, formula, missions);
  }

  /**
   * @param f how RESULT lines without tiers are scored
   * @return a copy with that formula
   */
  public AciContract withFormula(AttainmentFormula f) {
    return new AciContract(cptsId, signedOn, size, population, operatingAtSignature, operatingYearly, letterOfIntent,
        letterOfIntentValidatedOn, crisisActivation, f, missions);
  }
}
