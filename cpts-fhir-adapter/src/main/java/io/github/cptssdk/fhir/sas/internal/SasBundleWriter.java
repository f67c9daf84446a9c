package io.github.cptssdk.fhir.sas.internal;

import io.github.cptssdk.core.sas.PracticeSite;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.sas.SasSearch;
import io.github.cptssdk.core.sas.SasSlot;
import io.github.cptssdk.core.sas.SlotVisibility;
import io.github.cptssdk.fhir.FhirUris;
import java.time.Instant;
import java.util.Date;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;

/**
 * Writes the INT_R04 searchset of an offer already selected by a search, as ANS's
 * {@code Bundle-ExampleBundleCPTS1} does: slots (match), then per schedule the Schedule, Practitioner
 * and PractitionerRole with its contained Location, then the CPTS HealthcareService and Organization
 * (include). References are relative ({@code Type/id}), full URLs {@code base/Type/id}.
 */
public final class SasBundleWriter {

  private final SasOffer offer;
  private final String base;
  private final Bundle bundle = new Bundle();

  private SasBundleWriter(SasOffer offer, String base) {
    this.offer = offer;
    this.base = base;
  }

  public static Bundle write(SasOffer selected, SasSearch search, String base) {
    return new SasBundleWriter(selected, base).bundle(search);
  }

  static String scheduleId(SasSchedule s) {
    return "s" + s.professional() + "-" + s.site().id();
  }

  static String practitionerId(SasSchedule s) {
    return "p" + s.professional();
  }

  static String roleId(SasSchedule s) {
    return "r" + s.professional() + "-" + s.site().id();
  }

  static String serviceId(SasOffer o) {
    return "cpts" + o.cptsFiness().value();
  }

  static String organizationId(SasOffer o) {
    return "cpts" + o.cptsFiness().value();
  }

  private Bundle bundle(SasSearch search) {
    bundle.setType(BundleType.SEARCHSET);
    int total = offer.schedules().stream().mapToInt(s -> s.slots().size()).sum();
    bundle.setTotal(total);
    bundle.addLink().setRelation("self").setUrl(selfUrl(search));
    if (total == 0) {
      return bundle; // the profile needs one slot at least: an empty answer is a plain searchset
    }
    bundle.getMeta().addProfile(SasUris.BUNDLE_PROFILE);
    offer.schedules().forEach(s -> s.slots().forEach(t -> add(slot(s, t), SearchEntryMode.MATCH)));
    java.util.Set<String> practitioners = new java.util.HashSet<>();
    for (SasSchedule s : offer.schedules()) {
      add(schedule(s), SearchEntryMode.INCLUDE);
      if (practitioners.add(practitionerId(s))) {
        add(practitioner(s), SearchEntryMode.INCLUDE);
      }
      add(role(s), SearchEntryMode.INCLUDE);
    }
    add(service(), SearchEntryMode.INCLUDE);
    add(organization(), SearchEntryMode.INCLUDE);
    return bundle;
  }

  private String selfUrl(SasSearch search) {
    String ids = search.professionals().stream().map(p -> SasUris.ID_NAT_PS + "|" + p).collect(Collectors.joining(","));
    return base + "/Slot?_include=Slot:schedule&_include:iterate=Schedule:actor"
        + "&_include=Slot:service-type-reference&_include:iterate=HealthcareService:organization"
        + "&start=ge" + search.from() + "&start=le" + search.to()
        + "&schedule.actor:Practitioner.identifier=" + ids + "&status=free";
  }

  private void add(Resource r, SearchEntryMode mode) {
    bundle.addEntry().setFullUrl(base + "/" + r.fhirType() + "/" + r.getIdPart()).setResource(r).getSearch().setMode(mode);
  }

  private Slot slot(SasSchedule s, SasSlot t) {
    Slot slot = new Slot();
    slot.setId(t.id());
    slot.getMeta().addProfile(SasUris.SLOT_PROFILE);
    for (SlotVisibility v : t.visibility()) {
      slot.getMeta().addSecurity(new Coding(SasUris.SLOT_TYPE, v.name(), null));
    }
    slot.addServiceType().addCoding(new Coding(SasUris.ACT_CODE, t.consultation().name(), null));
    CodeableConcept cpts = slot.addServiceType();
    cpts.addExtension(SasUris.R5_SLOT_SERVICE_TYPE, new Reference("HealthcareService/" + serviceId(offer)));
    cpts.addCoding(new Coding(SasUris.R66, SasUris.R66_CPTS, null));
    slot.getAppointmentType().addCoding(new Coding(SasUris.APPOINTMENT_REASON, t.appointmentType().name(), null));
    slot.setSchedule(new Reference("Schedule/" + scheduleId(s)));
    slot.setStatus(Slot.SlotStatus.FREE);
    slot.setStartElement(instant(t.time().start()));
    slot.setEndElement(instant(t.time().end()));
    if (t.bookingUrl() != null) {
      slot.setComment(t.bookingUrl());
    }
    return slot;
  }

  static InstantType instant(Instant i) {
    return zulu(new InstantType(Date.from(i)));
  }

  /** @return {@code t}, written in UTC ({@code Z}) */
  private static <T extends BaseDateTimeType> T zulu(T t) {
    t.setTimeZoneZulu(true);
    return t;
  }

  private static Schedule schedule(SasSchedule s) {
    Schedule schedule = new Schedule();
    schedule.setId(scheduleId(s));
    schedule.getMeta().addProfile(SasUris.SCHEDULE_PROFILE);
    schedule.addActor(new Reference("Practitioner/" + practitionerId(s)));
    schedule.addActor(new Reference("PractitionerRole/" + roleId(s)));
    Period horizon = new Period();
    horizon.setStartElement(zulu(new DateTimeType(Date.from(s.horizon().start()))));
    horizon.setEndElement(zulu(new DateTimeType(Date.from(s.horizon().end()))));
    schedule.setPlanningHorizon(horizon);
    return schedule;
  }

  private static Practitioner practitioner(SasSchedule s) {
    Practitioner p = new Practitioner();
    p.setId(practitionerId(s));
    p.getMeta().addProfile(SasUris.PRACTITIONER_PROFILE);
    Identifier id = p.addIdentifier().setSystem(SasUris.ID_NAT_PS).setValue(s.professional().toString());
    id.getType().addCoding(new Coding(SasUris.FR_V2_0203, "IDNPS", null));
    return p;
  }

  private static PractitionerRole role(SasSchedule s) {
    PractitionerRole role = new PractitionerRole();
    role.setId(roleId(s));
    role.getMeta().addProfile(SasUris.ROLE_PROFILE);
    PracticeSite site = s.site();
    Location location = new Location();
    location.setId("site");
    location.getMeta().addProfile(SasUris.LOCATION_PROFILE);
    Identifier id = location.addIdentifier().setSystem(SasUris.SITE_SYSTEM).setValue(site.id());
    id.getType().addCoding(new Coding(SasUris.LOCATION_ID_TYPE, "INTRN", null));
    location.getAddress().addLine(site.addressLine()).setCity(site.city()).setPostalCode(site.postalCode());
    if (site.commune() != null) {
      // FR Core 1.1.0 is published nowhere: the value is a Coding of TRE_R13, as its successor
      // fr-core-address-insee-code (FR Core 2.2.0) binds it.
      location.getAddress().addExtension(SasUris.INSEE_CODE,
          new Coding(FhirUris.CS_R13_COMMUNE, site.commune().value(), null));
    }
    role.addContained(location);
    role.setPractitioner(new Reference("Practitioner/" + practitionerId(s)));
    role.addLocation(new Reference("#site"));
    return role;
  }

  private HealthcareService service() {
    HealthcareService hs = new HealthcareService();
    hs.setId(serviceId(offer));
    hs.getMeta().addProfile(SasUris.HEALTHCARE_SERVICE_PROFILE);
    hs.setProvidedBy(new Reference("Organization/" + organizationId(offer)));
    return hs;
  }

  private Organization organization() {
    Organization o = new Organization();
    o.setId(organizationId(offer));
    o.getMeta().addProfile(SasUris.ORGANIZATION_PROFILE);
    Identifier id = o.addIdentifier().setSystem(SasUris.ID_NAT_ST).setValue("1" + offer.cptsFiness().value());
    id.getType().addCoding(new Coding(SasUris.FR_CORE_V2_0203, "IDNST", null));
    o.setName(offer.cptsName());
    return o;
  }
}
