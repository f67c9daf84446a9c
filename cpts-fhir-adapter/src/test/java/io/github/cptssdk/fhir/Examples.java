package io.github.cptssdk.fhir;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.model.Coordinator;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.model.HealthProject;
import io.github.cptssdk.core.model.LegalForm;
import io.github.cptssdk.core.model.Lifecycle;
import io.github.cptssdk.core.model.MemberOrganisation;
import io.github.cptssdk.core.model.MembershipKind;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.MissionCommitment;
import io.github.cptssdk.core.model.OrganisationKind;
import io.github.cptssdk.core.model.Profession;
import io.github.cptssdk.core.model.Specialty;
import io.github.cptssdk.core.territory.Territory;
import java.time.LocalDate;
import java.util.List;

/** A complete example CPTS (invented identifiers with valid keys; real INSEE codes of the Thau basin). */
public final class Examples {

  private Examples() {}

  public static Cpts thau() {
    Siren siren = Siren.withComputedKey("84212345");
    Lifecycle lifecycle = Lifecycle.empty()
        .withLetterOfIntentOn(LocalDate.of(2019, 3, 4))
        .withAssociationRegisteredOn(LocalDate.of(2019, 6, 20))
        .withHealthProject(new HealthProject(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 2, 28), null))
        .withContractSignedOn(LocalDate.of(2020, 7, 1));
    return new Cpts(CptsId.of("cpts-bassin-de-thau"), "CPTS du Bassin de Thau", LegalForm.ASSOCIATION_1901,
        siren, Siret.of(siren, "0001"), FinessNumber.withComputedKey("34001234"),
        Territory.parse("34301", "34108", "34150", "34023", "34113"),
        List.of(
            HealthProfessional.of(RppsNumber.withComputedKey("1000123456"), Profession.PHYSICIAN)
                .withSpecialty(Specialty.GENERAL_PRACTICE).withPracticeCommune(CommuneCode.of("34301")),
            HealthProfessional.of(RppsNumber.withComputedKey("1000234567"), Profession.NURSE)
                .withMembership(MembershipKind.MEMBER_BY_RIGHT),
            HealthProfessional.of(RppsNumber.withComputedKey("1000345678"), Profession.PSYCHOLOGIST),
            HealthProfessional.of(RppsNumber.withComputedKey("1000456789"), Profession.PHARMACIST)
                .withPracticeCommune(CommuneCode.of("34108"))),
        List.of(
            new MemberOrganisation("MSP de Frontignan", OrganisationKind.MSP, FinessNumber.withComputedKey("34002345"), null),
            new MemberOrganisation("Centre hospitalier du Bassin de Thau", OrganisationKind.HOSPITAL,
                FinessNumber.withComputedKey("34078901"), Siret.of(Siren.withComputedKey("26340001"), "0012")),
            new MemberOrganisation("Mairie de Mèze", OrganisationKind.LOCAL_AUTHORITY, null,
                Siret.of(Siren.withComputedKey("21340157"), "0001"))),
        List.of(
            new MissionCommitment(Mission.ACCESS_TO_CARE, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 6, 30)),
            MissionCommitment.startedOn(Mission.CARE_PATHWAYS, LocalDate.of(2021, 1, 4)),
            MissionCommitment.of(Mission.HEALTH_CRISIS)),
        lifecycle, new Coordinator("Camille Martin", "coordination@cpts-thau.example"));
  }
}
