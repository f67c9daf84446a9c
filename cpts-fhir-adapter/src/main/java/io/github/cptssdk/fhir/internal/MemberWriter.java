package io.github.cptssdk.fhir.internal;

import static io.github.cptssdk.fhir.FhirUris.*;

import io.github.cptssdk.core.model.HealthProfessional;
import io.github.cptssdk.core.model.MemberOrganisation;
import io.github.cptssdk.core.model.MissionCommitment;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * Missions ({@code HealthcareService} per mission), professionals ({@code Practitioner} +
 * {@code PractitionerRole} in the CPTS) and member organisations ({@code Organization} +
 * {@code OrganizationAffiliation} with role {@code member}, never {@code partOf}).
 */
final class MemberWriter {

  /** Prefix of the idNatPs of a professional identified by RPPS (TRE_G08 code 8). */
  static final String ID_NAT_PS_RPPS_PREFIX = "8";

  private final Entries entries;
  private final String cptsUrl;

  MemberWriter(Entries entries, String cptsUrl) {
    this.entries = entries;
    this.cptsUrl = cptsUrl;
  }

  void missions(List<MissionCommitment> missions, String areaUrl) {
    for (MissionCommitment m : missions) {
      HealthcareService s = new HealthcareService();
      s.getMeta().addProfile(PROFILE_HEALTHCARE_SERVICE);
      Dates.put(s, EXT_MISSION_STARTED_ON, m.startedOn());
      Dates.put(s, EXT_MISSION_FULLY_DEPLOYED_ON, m.fullyDeployedOn());
      s.setProvidedBy(Entries.ref(cptsUrl));
      s.addType(Codes.concept(CS_MISSION, Codes.code(m.mission()), m.mission().labelFr()));
      s.setName(m.mission().labelFr());
      s.addCoverageArea(Entries.ref(areaUrl));
      entries.add(s, "healthcare-service/mission/" + Codes.code(m.mission()));
    }
  }

  void professionals(List<HealthProfessional> professionals) {
    for (int i = 0; i < professionals.size(); i++) {
      HealthProfessional p = professionals.get(i);
      String practitionerUrl = entries.add(practitioner(p), "practitioner/" + i);
      entries.add(role(p, practitionerUrl), "practitioner-role/" + i);
    }
  }

  private static Practitioner practitioner(HealthProfessional p) {
    Practitioner pr = new Practitioner();
    pr.getMeta().addProfile(PROFILE_PRACTITIONER);
    pr.addIdentifier(BundleWriter.identifier(ID_NAT_PS, "IDNPS", ID_NAT_PS_RPPS_PREFIX + p.rpps().value())
        .setUse(IdentifierUse.OFFICIAL));
    pr.addIdentifier(BundleWriter.identifier(ID_RPPS, "RPPS", p.rpps().value()));
    if (p.practiceCommune() != null) {
      pr.addAddress().addExtension(EXT_INSEE_CODE, new Coding(CS_R13_COMMUNE, p.practiceCommune().value(), null));
    }
    pr.addQualification().getCode().addCoding(new Coding(CS_G15_PROFESSION, p.profession().code(), p.profession().labelFr()));
    return pr;
  }

  private PractitionerRole role(HealthProfessional p, String practitionerUrl) {
    PractitionerRole r = new PractitionerRole();
    r.getMeta().addProfile(PROFILE_PRACTITIONER_ROLE);
    r.setPractitioner(Entries.ref(practitionerUrl));
    r.setOrganization(Entries.ref(cptsUrl));
    r.addCode(Codes.concept(CS_MEMBERSHIP, Codes.code(p.membership()), null));
    r.addCode(Codes.concept(CS_G15_PROFESSION, p.profession().code(), p.profession().labelFr()));
    if (p.specialty() != null) {
      r.addSpecialty(Codes.concept(CS_R38_SPECIALTY, p.specialty().code(), null));
    }
    return r;
  }

  void organisations(List<MemberOrganisation> organisations) {
    for (int i = 0; i < organisations.size(); i++) {
      MemberOrganisation m = organisations.get(i);
      String memberUrl = entries.add(organisation(m), "organization/member/" + i);
      OrganizationAffiliation a = new OrganizationAffiliation();
      a.setOrganization(Entries.ref(cptsUrl));
      a.setParticipatingOrganization(Entries.ref(memberUrl));
      a.addNetwork(Entries.ref(cptsUrl));
      a.addCode(Codes.concept(CS_ORGANIZATION_ROLE, "member", "Member"));
      entries.add(a, "organization-affiliation/" + i);
    }
  }

  private static Organization organisation(MemberOrganisation m) {
    Organization o = new Organization();
    o.getMeta().addProfile(PROFILE_ORGANIZATION);
    if (m.finess() != null) {
      o.addIdentifier(BundleWriter.identifier(ID_FINESS, "FINEG", m.finess().value()));
    }
    if (m.siret() != null) {
      o.addIdentifier(BundleWriter.identifier(ID_SIRENE, "SIRET", m.siret().value()));
    }
    Codes.r66(m.kind()).ifPresent(c -> o.addType().addCoding(c));
    o.addType(Codes.concept(CS_ORGANISATION_KIND, Codes.code(m.kind()), null));
    o.setName(m.name());
    return o;
  }
}
