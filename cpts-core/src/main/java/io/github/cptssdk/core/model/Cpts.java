package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.territory.Territory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A communauté professionnelle territoriale de santé: its identity, territory, members, committed
 * missions and lifecycle milestones. Immutable; change it with the {@code withX} methods.
 *
 * <p>The constructor checks structure (non-null parts, immutable copies). Semantic checks (duplicate
 * members, empty territory, dates out of order) are reported by the validator, not thrown, so that a
 * document with several problems reports all of them.
 *
 * @param id the key of the CPTS in a data set
 * @param name its name
 * @param legalForm its legal form
 * @param siren the SIREN of the association, once registered
 * @param siret the SIRET of its seat, if known
 * @param finess its FINESS number, if it has one
 * @param territory the communes it covers
 * @param professionals health professional members
 * @param organisations member organisations
 * @param missions missions committed to
 * @param lifecycle dated milestones
 * @param coordinator its coordinator, if named
 */
@API(status = STABLE, since = "0.1")
public record Cpts(
    CptsId id,
    @NotBlank @Size(max = MAX_NAME_LENGTH) String name,
    LegalForm legalForm,
    @Nullable Siren siren,
    @Nullable Siret siret,
    @Nullable FinessNumber finess,
    Territory territory,
    @Valid List<HealthProfessional> professionals,
    @Valid List<MemberOrganisation> organisations,
    @Valid List<MissionCommitment> missions,
    @Valid Lifecycle lifecycle,
    @Valid @Nullable Coordinator coordinator) {

  /** Longest accepted name of a CPTS, organisation or coordinator (Bean Validation, CPTS-0151). */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * Checks structure only; see the type.
   *
   * @param id the key
   * @param name the name
   * @param legalForm the legal form
   * @param siren the SIREN, or null
   * @param siret the SIRET, or null
   * @param finess the FINESS, or null
   * @param territory the territory
   * @param professionals the professionals (copied)
   * @param organisations the organisations (copied)
   * @param missions the missions (copied)
   * @param lifecycle the milestones
   * @param coordinator the coordinator, or null
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public Cpts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(legalForm, "legalForm");
    Objects.requireNonNull(territory, "territory");
    professionals = List.copyOf(Objects.requireNonNull(professionals, "professionals"));
    organisations = List.copyOf(Objects.requireNonNull(organisations, "organisations"));
    missions = List.copyOf(Objects.requireNonNull(missions, "missions"));
    Objects.requireNonNull(lifecycle, "lifecycle");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
  }

  /**
   * Creates a CPTS (association loi 1901) with no members, missions nor milestones yet.
   *
   * @param id the key
   * @param name the name, not blank
   * @param territory the communes covered
   * @return the new CPTS
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Cpts of(CptsId id, String name, Territory territory) {
    return new Cpts(id, name, LegalForm.ASSOCIATION_1901, null, null, null, territory,
        List.of(), List.of(), List.of(), Lifecycle.empty(), null);
  }

  /**
   * @param mission a mission
   * @return the commitment to {@code mission}, or empty if the CPTS did not commit to it
   */
  public Optional<MissionCommitment> commitment(Mission mission) {
    return missions.stream().filter(m -> m.mission() == mission).findFirst();
  }

  /**
   * @param newName the new name, not blank
   * @return a copy of this CPTS with that change
   */
  public Cpts withName(String newName) {
    return new Cpts(id, newName, legalForm, siren, siret, finess, territory, professionals, organisations, missions, lifecycle, coordinator);
  }

  /**
   * @param form the new legal form
   * @return a copy of this CPTS with that change
   */
  public Cpts withLegalForm(LegalForm form) {
    return new Cpts(id, name, form, siren, siret, finess, territory, professionals, organisations, missions, lifecycle, coordinator);
  }

  /**
   * @param newSiren the SIREN, or null to remove it
   * @return a copy of this CPTS with that change
   */
  public Cpts withSiren(@Nullable Siren newSiren) {
    return new Cpts(id, name, legalForm, newSiren, siret, finess, territory, professionals, organisations, missions, lifecycle, coordinator);
  }

  /**
   * @param newSiret the SIRET, or null to remove it
   * @return a copy of this CPTS with that change
   */
  public Cpts withSiret(@Nullable Siret newSiret) {
    return new Cpts(id, name, legalForm, siren, newSiret, finess, territory, professionals, organisations, missions, lifecycle, coordinator);
  }

  /**
   * @param newFiness the FINESS number, or null to remove it
   * @return a copy of this CPTS with that change
   */
  public Cpts withFiness(@Nullable FinessNumber newFiness) {
    return new Cpts(id, name, legalForm, siren, siret, newFiness, territory, professionals, organisations, missions, lifecycle, coordinator);
  }

  /**
   * @param newTerritory the new territory
   * @return a copy of this CPTS with that change
   */
  public Cpts withTerritory(Territory newTerritory) {
    return new Cpts(id, name, legalForm, siren, siret, finess, newTerritory, professionals, organisations, missions, lifecycle, coordinator);
  }

  /**
   * @param list the professionals (copied)
   * @return a copy of this CPTS with that change
   */
  public Cpts withProfessionals(List<HealthProfessional> list) {
    return new Cpts(id, name, legalForm, siren, siret, finess, territory, list, organisations, missions, lifecycle, coordinator);
  }

  /**
   * @param list the organisations (copied)
   * @return a copy of this CPTS with that change
   */
  public Cpts withOrganisations(List<MemberOrganisation> list) {
    return new Cpts(id, name, legalForm, siren, siret, finess, territory, professionals, list, missions, lifecycle, coordinator);
  }

  /**
   * @param list the mission commitments (copied)
   * @return a copy of this CPTS with that change
   */
  public Cpts withMissions(List<MissionCommitment> list) {
    return new Cpts(id, name, legalForm, siren, siret, finess, territory, professionals, organisations, list, lifecycle, coordinator);
  }

  /**
   * @param newLifecycle the new milestones
   * @return a copy of this CPTS with that change
   */
  public Cpts withLifecycle(Lifecycle newLifecycle) {
    return new Cpts(id, name, legalForm, siren, siret, finess, territory, professionals, organisations, missions, newLifecycle, coordinator);
  }

  /**
   * @param newCoordinator the coordinator, or null to remove it
   * @return a copy of this CPTS with that change
   */
  public Cpts withCoordinator(@Nullable Coordinator newCoordinator) {
    return new Cpts(id, name, legalForm, siren, siret, finess, territory, professionals, organisations, missions, lifecycle, newCoordinator);
  }
}
