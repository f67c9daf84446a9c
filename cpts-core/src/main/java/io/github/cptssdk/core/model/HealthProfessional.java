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

  public HealthProfessional {
    Objects.requireNonNull(rpps, "rpps");
    Objects.requireNonNull(profession, "profession");
    Objects.requireNonNull(membership, "membership");
  }

  public static HealthProfessional of(RppsNumber rpps, Profession profession) {
    return new HealthProfessional(rpps, profession, null, null, MembershipKind.ADHERENT);
  }

  public HealthProfessional withSpecialty(@Nullable Specialty newSpecialty) {
    return new HealthProfessional(rpps, profession, newSpecialty, practiceCommune, membership);
  }

  public HealthProfessional withPracticeCommune(@Nullable CommuneCode commune) {
    return new HealthProfessional(rpps, profession, specialty, commune, membership);
  }

  public HealthProfessional withMembership(MembershipKind kind) {
    return new HealthProfessional(rpps, profession, specialty, practiceCommune, kind);
  }
}
