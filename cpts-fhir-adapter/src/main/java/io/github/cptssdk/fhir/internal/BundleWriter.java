package io.github.cptssdk.fhir.internal;

import static io.github.cptssdk.fhir.FhirUris.*;

import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.model.Coordinator;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.HealthProject;
import io.github.cptssdk.core.model.Lifecycle;
import io.github.cptssdk.core.territory.CommuneReferential;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Organization.OrganizationContactComponent;
import org.jspecify.annotations.Nullable;

/**
 * Writes a whole CPTS as a bundle: the CPTS {@code Organization}, its territory ({@link TerritoryWriter}),
 * its missions, professionals and member organisations ({@link MemberWriter}).
 */
public final class BundleWriter {

  static final String CPTS_KEY = "organization/cpts";

  private BundleWriter() {}

  /** @return the bundle of {@code cpts}, of type collection or transaction */
  public static Bundle write(Cpts cpts, BundleType type, @Nullable Long population, @Nullable SizeBand sizeBand,
      @Nullable CommuneReferential referential) {
    if (type != BundleType.COLLECTION && type != BundleType.TRANSACTION) {
      throw new IllegalArgumentException("bundle type must be collection or transaction, was " + type);
    }
    Entries entries = new Entries(cpts.id(), type);
    String cptsUrl = entries.add(organization(cpts), CPTS_KEY);
    String areaUrl = new TerritoryWriter(entries, cpts, referential).write(cptsUrl, population, sizeBand);
    MemberWriter members = new MemberWriter(entries, cptsUrl);
    members.missions(cpts.missions(), areaUrl);
    members.professionals(cpts.professionals());
    members.organisations(cpts.organisations());
    return entries.bundle();
  }

  static Organization organization(Cpts cpts) {
    Organization o = new Organization();
    o.getMeta().addProfile(PROFILE_ORGANIZATION);
    lifecycle(o, cpts.lifecycle());
    o.addIdentifier().setSystem(ID_CPTS).setValue(cpts.id().value());
    if (cpts.siren() != null) {
      o.addIdentifier(identifier(ID_SIRENE, "SIREN", cpts.siren().value()));
    }
    if (cpts.siret() != null) {
      o.addIdentifier(identifier(ID_SIRENE, "SIRET", cpts.siret().value()));
    }
    if (cpts.finess() != null) {
      o.addIdentifier(identifier(ID_FINESS, "FINEG", cpts.finess().value()));
    }
    o.addType(Codes.concept(CS_R66_CATEGORY, R66_CPTS, "Communauté Professionnelle Territoriale de Santé (CPTS)"));
    o.addType(Codes.concept(CS_R02_SECTOR, R02_CPTS, "Communauté professionnelle territoriale de santé et équipe de soins spécialisés"));
    o.addType(Codes.concept(CS_LEGAL_FORM, Codes.code(cpts.legalForm()), null));
    o.setName(cpts.name());
    if (cpts.coordinator() != null) {
      o.addContact(coordinator(cpts.coordinator()));
    }
    return o;
  }

  static Identifier identifier(String system, String type, String value) {
    Identifier id = new Identifier().setSystem(system).setValue(value);
    id.getType().addCoding().setSystem(CS_IDENTIFIER_TYPE).setCode(type);
    return id;
  }

  private static void lifecycle(Organization o, Lifecycle l) {
    Dates.put(o, EXT_LETTER_OF_INTENT_ON, l.letterOfIntentOn());
    Dates.put(o, EXT_ASSOCIATION_REGISTERED_ON, l.associationRegisteredOn());
    HealthProject p = l.healthProject();
    if (p != null) {
      Dates.put(o, EXT_HEALTH_PROJECT_SUBMITTED_ON, p.submittedOn());
      Dates.put(o, EXT_HEALTH_PROJECT_VALIDATED_ON, p.arsValidatedOn());
      Dates.put(o, EXT_HEALTH_PROJECT_OBJECTED_ON, p.arsObjectedOn());
    }
    Dates.put(o, EXT_CONTRACT_SIGNED_ON, l.contractSignedOn());
  }

  private static OrganizationContactComponent coordinator(Coordinator c) {
    OrganizationContactComponent contact = new OrganizationContactComponent();
    contact.setPurpose(Codes.concept(CS_CONTACT_ENTITY_TYPE, "ADMIN", "Administrative"));
    contact.getName().setText(c.name());
    if (c.email() != null) {
      contact.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(c.email());
    }
    return contact;
  }
}
