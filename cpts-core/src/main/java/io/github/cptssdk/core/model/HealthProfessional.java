package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.RppsNumber;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A health professional member of a CPTS, identified by RPPS.
 *
 * @param rpps the RPPS number
 * @param profession the profession (TRE_G15)
 * @param specialty the specialty (TRE_R38), if any
 * @param practiceCommune the commune of the main place of practice, if known
 * @param membership how they belong to the CPTS
 */
@API(status = STABLE, since = "0.1")
public record HealthProfessional(
    RppsNumber rpps,
    Profession profession,
    @Nullable Specialty specialty,
    @Nullable CommuneCode practiceCommune,
    MembershipKind membership) {

  /**
   * @param rpps the RPPS number
   * @param profession the profession
   * @param specialty the specialty, or null
   * @param practiceCommune the practice commune, or null
   * @param membership the kind of membership
   * @throws NullPointerException if {@code rpps}, {@code profession} or {@code membership} is null
   */
  public HealthProfessional {
    Objects.requireNonNull(rpps, "rpps");
    Objects.requireNonNull(profession, "profession");
    Objects.requireNonNull(membership, "membership");
  }

  /**
   * @param rpps the RPPS number
   * @param profession the profession
   * @return an adherent with no specialty nor practice commune
   */
  public static HealthProfessional of(RppsNumber rpps, Profession profession) {
    return new HealthProfessional(rpps, profession, null, null, MembershipKind.ADHERENT);
  }

  /**
   * @param newSpecialty the specialty, or null
   * @return a copy with that specialty
   */
  public HealthProfessional withSpecialty(@Nullable Specialty newSpecialty) {
    return new HealthProfessional(rpps, profession, newSpecialty, practiceCommune, membership);
  }

  /**
   * @param commune the commune of the main place of practice, or null
   * @return a copy with that commune
   */
  public HealthProfessional withPracticeCommune(@Nullable CommuneCode commune) {
    return new HealthProfessional(rpps, profession, specialty, commune, membership);
  }

  /**
   * @param kind the kind of membership
   * @return a copy with that membership
   */
  public HealthProfessional withMembership(MembershipKind kind) {
    return new HealthProfessional(rpps, profession, specialty, practiceCommune, kind);
  }
}
