package io.github.cptssdk.fhir.sas.internal;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.sas.AppointmentType;
import io.github.cptssdk.core.sas.ConsultationType;
import io.github.cptssdk.core.sas.PracticeSite;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasProfessionalId;
import io.github.cptssdk.core.sas.SasSchedule;
import io.github.cptssdk.core.sas.SasSlot;
import io.github.cptssdk.core.sas.SlotStatus;
import io.github.cptssdk.core.sas.SlotVisibility;
import io.github.cptssdk.core.sas.TimeSlot;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.fhir.FhirUris;
import io.github.cptssdk.fhir.internal.FhirMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.jspecify.annotations.Nullable;

/**
 * Reads an INT_R04 searchset back into an offer. References are resolved by {@code Type/id} and by
 * full URL; a slot or schedule that cannot be read is skipped with an issue at its FHIRPath
 * ({@code CPTS-1125}, {@code CPTS-1126}); a schedule without a planning horizon spans its slots.
 */
public final class SasBundleReader {

  private final Map<String, Resource> byRef = new HashMap<>();
  private final List<ValidationIssue> issues = new ArrayList<>();

  /** The offer read (null without a CPTS Organization) and the issues. */
  public record Result(@Nullable SasOffer offer, List<ValidationIssue> issues) {}

  private SasBundleReader() {}

  public static Result read(Bundle bundle) {
    return new SasBundleReader().offer(bundle);
  }

  private Result offer(Bundle bundle) {
    Organization org = null;
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      Resource r = e.getResource();
      if (r != null && r.getIdElement().getIdPart() != null) {
        byRef.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
        if (e.getFullUrl() != null) {
          byRef.put(e.getFullUrl(), r);
        }
        if (org == null && r instanceof Organization o) {
          org = o;
        }
      }
    }
    FinessNumber finess = org == null ? null : finess(org);
    if (finess == null || org.getName() == null || org.getName().isBlank()) {
      issues.add(ValidationIssue.error("CPTS-1127", "Bundle", FhirMessages.text("CPTS-1127")));
      return new Result(null, List.copyOf(issues));
    }
    Map<String, List<SasSlot>> slots = new LinkedHashMap<>();
    Map<String, Integer> scheduleEntry = new LinkedHashMap<>();
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Resource r = bundle.getEntry().get(i).getResource();
      if (r instanceof Slot s) {
        slot(s, "Bundle.entry[" + i + "].resource", slots);
      } else if (r instanceof Schedule) {
        scheduleEntry.put("Schedule/" + r.getIdElement().getIdPart(), i);
      }
    }
    List<SasSchedule> schedules = new ArrayList<>();
    for (Map.Entry<String, Integer> e : scheduleEntry.entrySet()) {
      String path = "Bundle.entry[" + e.getValue() + "].resource";
      SasSchedule s = schedule((Schedule) byRef.get(e.getKey()), slots.getOrDefault(e.getKey(), List.of()), path);
      if (s != null) {
        schedules.add(s);
      }
    }
    try {
      return new Result(new SasOffer(finess, org.getName().strip(), schedules), List.copyOf(issues));
    } catch (CptsException ex) {
      issues.add(ValidationIssue.error("CPTS-1126", "Bundle", FhirMessages.text("CPTS-1126", "schedule")));
      return new Result(null, List.copyOf(issues));
    }
  }

  private static @Nullable FinessNumber finess(Organization o) {
    for (Identifier id : o.getIdentifier()) {
      String v = id.getValue();
      if (SasUris.ID_NAT_ST.equals(id.getSystem()) && v != null && v.length() == 10 && v.charAt(0) == '1'
          && FinessNumber.isValid(v.substring(1))) {
        return FinessNumber.parse(v.substring(1));
      }
    }
    return null;
  }

  private void slot(Slot s, String path, Map<String, List<SasSlot>> out) {
    String field = "start";
    try {
      TimeSlot time = TimeSlot.of(s.getStart().toInstant(), s.getEnd().toInstant());
      field = "status";
      if (s.getStatus() != Slot.SlotStatus.FREE && s.getStatus() != Slot.SlotStatus.BUSY) {
        throw new IllegalArgumentException(field);
      }
      SlotStatus status = s.getStatus() == Slot.SlotStatus.FREE ? SlotStatus.FREE : SlotStatus.BUSY;
      field = "serviceType";
      ConsultationType consultation = ConsultationType.valueOf(code(s.getServiceType(), SasUris.ACT_CODE));
      field = "appointmentType";
      AppointmentType type = AppointmentType.valueOf(code(List.of(s.getAppointmentType()), SasUris.APPOINTMENT_REASON));
      field = "meta.security";
      Set<SlotVisibility> visibility = EnumSet.noneOf(SlotVisibility.class);
      for (Coding c : s.getMeta().getSecurity()) {
        if (SasUris.SLOT_TYPE.equals(c.getSystem())) {
          visibility.add(SlotVisibility.valueOf(c.getCode()));
        }
      }
      field = "id";
      SasSlot slot = new SasSlot(s.getIdElement().getIdPart(), time, consultation, type, visibility, status,
          s.hasComment() ? s.getComment() : null);
      field = "schedule";
      String ref = ref(s.getSchedule());
      out.computeIfAbsent(ref, k -> new ArrayList<>()).add(slot);
    } catch (CptsException | NullPointerException | IllegalArgumentException e) {
      issues.add(ValidationIssue.warning("CPTS-1125", path + "." + field, FhirMessages.text("CPTS-1125", field)));
    }
  }

  private static String code(List<CodeableConcept> concepts, String system) {
    for (CodeableConcept cc : concepts) {
      for (Coding c : cc.getCoding()) {
        if (system.equals(c.getSystem()) && c.getCode() != null) {
          return c.getCode();
        }
      }
    }
    throw new IllegalArgumentException(system);
  }

  private String ref(Reference r) {
    String v = r.getReference();
    if (v == null || !byRef.containsKey(v)) {
      throw new IllegalArgumentException("reference");
    }
    Resource target = byRef.get(v);
    return target.fhirType() + "/" + target.getIdElement().getIdPart();
  }

  private @Nullable SasSchedule schedule(Schedule s, List<SasSlot> slots, String path) {
    String field = "actor";
    try {
      Practitioner p = null;
      PractitionerRole role = null;
      for (Reference a : s.getActor()) {
        Resource r = byRef.get(a.getReference());
        if (r instanceof Practitioner pr) {
          p = pr;
        } else if (r instanceof PractitionerRole pr) {
          role = pr;
        }
      }
      SasProfessionalId id = professional(p);
      field = "actor.location";
      PracticeSite site = site(role);
      field = "planningHorizon";
      TimeSlot horizon = horizon(s, slots);
      field = "slots";
      return new SasSchedule(id, site, horizon, slots);
    } catch (CptsException | NullPointerException | IllegalArgumentException e) {
      issues.add(ValidationIssue.warning("CPTS-1126", path + "." + field, FhirMessages.text("CPTS-1126", field)));
      return null;
    }
  }

  private static SasProfessionalId professional(@Nullable Practitioner p) {
    for (Identifier i : p.getIdentifier()) {
      if (SasUris.ID_NAT_PS.equals(i.getSystem()) && i.getValue() != null) {
        return SasProfessionalId.parse(i.getValue());
      }
    }
    throw new IllegalArgumentException("identifier");
  }

  /** @return the commune of the address extension {@code FrAddressInseeCode}, or null if none */
  private static @Nullable CommuneCode commune(org.hl7.fhir.r4.model.Address address) {
    org.hl7.fhir.r4.model.Extension e = address.getExtensionByUrl(SasUris.INSEE_CODE);
    if (e == null) {
      return null;
    }
    if (!(e.getValue() instanceof Coding c) || !FhirUris.isCommuneSystem(c.getSystem()) || c.getCode() == null) {
      throw new IllegalArgumentException("inseeCode");
    }
    return CommuneCode.parse(c.getCode());
  }

  private static PracticeSite site(@Nullable PractitionerRole role) {
    for (Resource c : role.getContained()) {
      if (c instanceof Location l) {
        String id = l.getIdentifier().stream().map(Identifier::getValue).filter(v -> v != null).findFirst()
            .orElse(l.getIdElement().getIdPart());
        return new PracticeSite(id, l.getAddress().getLine().isEmpty() ? "" : l.getAddress().getLine().get(0).getValue(),
            l.getAddress().getPostalCode(), l.getAddress().getCity(), commune(l.getAddress()));
      }
    }
    throw new IllegalArgumentException("location");
  }

  private static TimeSlot horizon(Schedule s, List<SasSlot> slots) {
    if (s.hasPlanningHorizon() && s.getPlanningHorizon().hasStart() && s.getPlanningHorizon().hasEnd()) {
      return TimeSlot.of(s.getPlanningHorizon().getStart().toInstant(), s.getPlanningHorizon().getEnd().toInstant());
    }
    Instant start = slots.stream().map(t -> t.time().start()).min(Instant::compareTo).orElseThrow();
    Instant end = slots.stream().map(t -> t.time().end()).max(Instant::compareTo).orElseThrow();
    return TimeSlot.of(start, end);
  }
}
