package io.github.cptssdk.fhir.internal;

import static io.github.cptssdk.fhir.FhirUris.*;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.IdentifierKind;
import io.github.cptssdk.core.id.InvalidIdentifierException;
import io.github.cptssdk.core.id.RppsNumber;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.model.MemberOrganisation;
import io.github.cptssdk.core.model.MembershipKind;
import io.github.cptssdk.core.model.Mission;
import io.github.cptssdk.core.model.MissionCommitment;
import io.github.cptssdk.core.model.OrganisationKind;
import io.github.cptssdk.core.model.Profession;
import io.github.cptssdk.core.model.Specialty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.jspecify.annotations.Nullable;

/** Reads missions, professionals and member organisations of the CPTS Organization {@code cpts}. */
final class MemberReader {

  private final Index index;
  private final Issues issues;
  private final IdentifierReader ids;
  private final Organization cpts;

  MemberReader(Index index, Issues issues, IdentifierReader ids, Organization cpts) {
    this.index = index;
    this.issues = issues;
    this.ids = ids;
    this.cpts = cpts;
  }

  List<MissionCommitment> missions() {
    List<MissionCommitment> list = new ArrayList<>();
    LifecycleReader dates = new LifecycleReader(issues);
    for (HealthcareService s : index.all(HealthcareService.class)) {
      if (s.hasProvidedBy() && index.pointsTo(s.getProvidedBy(), cpts)) {
        mission(s).ifPresent(m -> {
          index.use(s);
          String path = index.path(s);
          list.add(commitment(m, dates.date(s, path, EXT_MISSION_STARTED_ON),
              dates.date(s, path, EXT_MISSION_FULLY_DEPLOYED_ON), path));
        });
      }
    }
    return list;
  }

  private Optional<Mission> mission(HealthcareService s) {
    for (int i = 0; i < s.getType().size(); i++) {
      Optional<String> code = Codes.codeIn(s.getType().get(i), CS_MISSION);
      if (code.isPresent()) {
        Optional<Mission> m = Codes.fromCode(Mission.class, code.get());
        if (m.isEmpty()) {
          issues.warning("CPTS-0816", index.path(s) + ".type[" + i + "]", CS_MISSION);
        }
        return m;
      }
    }
    return Optional.empty();
  }

  private MissionCommitment commitment(Mission m, @Nullable LocalDate start, @Nullable LocalDate full, String path) {
    try {
      return new MissionCommitment(m, start, full);
    } catch (IllegalArgumentException e) {
      issues.error("CPTS-0817", path + ".extension", "mission", "full deployment on or after the start");
      return new MissionCommitment(m, start, null);
    }
  }

  List<HealthProfessional> professionals() {
    List<HealthProfessional> list = new ArrayList<>();
    for (PractitionerRole r : index.all(PractitionerRole.class)) {
      if (r.hasOrganization() && index.pointsTo(r.getOrganization(), cpts)) {
        index.use(r);
        Optional<Practitioner> p = index.resolve(r.getPractitioner(), Practitioner.class);
        if (p.isEmpty()) {
          issues.warning("CPTS-0818", index.path(r) + ".practitioner");
        } else {
          index.use(p.get());
          professional(r, p.get()).ifPresent(list::add);
        }
      }
    }
    return list;
  }

  private Optional<HealthProfessional> professional(PractitionerRole r, Practitioner p) {
    String path = index.path(p);
    Optional<RppsNumber> rpps = ids.find(p, path, ID_RPPS, null, RppsNumber::parse);
    if (rpps.isEmpty()) {
      issues.error("CPTS-0811", path + ".identifier");
      return Optional.empty();
    }
    Optional<Profession> profession = codes(p, r, CS_G15_PROFESSION).map(Profession::fromCode)
        .flatMap(Optional::stream).findFirst();
    if (profession.isEmpty()) {
      issues.error("CPTS-0812", path + ".qualification");
      return Optional.empty();
    }
    return Optional.of(new HealthProfessional(rpps.get(), profession.get(), specialty(r, p),
        practiceCommune(p, path), membership(r)));
  }

  /** @return the codes of {@code system} in the practitioner's qualifications, then in the role's code and specialty */
  private static Stream<String> codes(Practitioner p, PractitionerRole r, String system) {
    Stream<CodeableConcept> concepts = Stream.concat(
        Stream.concat(r.getSpecialty().stream(), r.getCode().stream()),
        p.getQualification().stream().filter(q -> q.hasCode()).map(q -> q.getCode()));
    return concepts.flatMap(c -> c.getCoding().stream())
        .filter(c -> system.equals(c.getSystem()) && c.hasCode()).map(Coding::getCode);
  }

  private @Nullable Specialty specialty(PractitionerRole r, Practitioner p) {
    Optional<String> code = codes(p, r, CS_R38_SPECIALTY).findFirst();
    if (code.isEmpty()) {
      return null;
    }
    try {
      return Specialty.of(code.get());
    } catch (IllegalArgumentException e) {
      issues.warning("CPTS-0813", index.path(r) + ".specialty");
      return null;
    }
  }

  private @Nullable CommuneCode practiceCommune(Practitioner p, String path) {
    for (Address a : p.getAddress()) {
      Extension ext = Extensions.first(a.getExtensionsByUrl(EXT_INSEE_CODE));
      if (ext != null && ext.getValue() instanceof Coding && ((Coding) ext.getValue()).hasCode()) {
        try {
          return CommuneCode.parse(((Coding) ext.getValue()).getCode());
        } catch (InvalidIdentifierException e) {
          issues.error("CPTS-0820", path + ".address", IdentifierKind.COMMUNE.expected(), e.code());
        }
      }
    }
    return null;
  }

  private MembershipKind membership(PractitionerRole r) {
    for (int i = 0; i < r.getCode().size(); i++) {
      Optional<String> code = Codes.codeIn(r.getCode().get(i), CS_MEMBERSHIP);
      if (code.isPresent()) {
        Optional<MembershipKind> kind = Codes.fromCode(MembershipKind.class, code.get());
        if (kind.isEmpty()) {
          issues.warning("CPTS-0825", index.path(r) + ".code[" + i + "]", CS_MEMBERSHIP);
        }
        return kind.orElse(MembershipKind.ADHERENT);
      }
    }
    return MembershipKind.ADHERENT;
  }

  List<MemberOrganisation> organisations() {
    List<MemberOrganisation> list = new ArrayList<>();
    for (OrganizationAffiliation a : index.all(OrganizationAffiliation.class)) {
      if (a.hasOrganization() && index.pointsTo(a.getOrganization(), cpts)) {
        index.use(a);
        Optional<Organization> o = index.resolve(a.getParticipatingOrganization(), Organization.class);
        if (o.isEmpty()) {
          issues.warning("CPTS-0818", index.path(a) + ".participatingOrganization");
        } else {
          index.use(o.get());
          organisation(o.get()).ifPresent(list::add);
        }
      }
    }
    return list;
  }

  private Optional<MemberOrganisation> organisation(Organization o) {
    String path = index.path(o);
    if (!o.hasName() || o.getName().isBlank()) {
      issues.error("CPTS-0826", path + ".name");
      return Optional.empty();
    }
    FinessNumber finess = ids.find(o, path, ID_FINESS, null, FinessNumber::parse).orElse(null);
    Siret siret = ids.find(o, path, ID_SIRENE, "SIRET", Siret::parse).orElse(null);
    if (finess == null && siret == null) {
      issues.error("CPTS-0814", path + ".identifier");
      return Optional.empty();
    }
    return Optional.of(new MemberOrganisation(o.getName(), kind(o, path), finess, siret));
  }

  private OrganisationKind kind(Organization o, String path) {
    for (CodeableConcept type : o.getType()) {
      Optional<OrganisationKind> k = Codes.codeIn(type, CS_ORGANISATION_KIND).flatMap(c -> Codes.fromCode(OrganisationKind.class, c));
      if (k.isPresent()) {
        return k.get();
      }
    }
    for (CodeableConcept type : o.getType()) {
      Optional<OrganisationKind> k = Codes.codeIn(type, CS_R66_CATEGORY).flatMap(Codes::kindOfR66);
      if (k.isPresent()) {
        return k.get();
      }
    }
    issues.warning("CPTS-0815", path + ".type", CS_ORGANISATION_KIND);
    return OrganisationKind.OTHER;
  }
}
