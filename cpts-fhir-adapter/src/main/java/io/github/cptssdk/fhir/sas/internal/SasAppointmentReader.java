package io.github.cptssdk.fhir.sas.internal;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.sas.AppointmentStatus;
import io.github.cptssdk.core.sas.SasAppointment;
import io.github.cptssdk.core.sas.SasProfessionalId;
import io.github.cptssdk.core.sas.TimeSlot;
import io.github.cptssdk.core.validation.ValidationIssue;
import io.github.cptssdk.fhir.internal.FhirMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code FrAppointmentSAS} resources, alone or in a Bundle, into appointments. An appointment that
 * cannot be read is skipped with an issue at its FHIRPath ({@code CPTS-1121} missing or invalid field,
 * {@code CPTS-1122} status outside booked/fulfilled/noshow/cancelled); entries that are not appointments
 * are INFO {@code CPTS-1123}.
 */
public final class SasAppointmentReader {

  private final List<SasAppointment> appointments = new ArrayList<>();
  private final List<ValidationIssue> issues = new ArrayList<>();

  private SasAppointmentReader() {}

  /** The appointments read and the issues, or null if the resource is neither an Appointment nor a Bundle. */
  public record Result(List<SasAppointment> appointments, List<ValidationIssue> issues) {}

  public static @Nullable Result read(IBaseResource resource) {
    SasAppointmentReader r = new SasAppointmentReader();
    if (resource instanceof Appointment a) {
      r.one(a, "Appointment");
    } else if (resource instanceof Bundle b) {
      for (int i = 0; i < b.getEntry().size(); i++) {
        var res = b.getEntry().get(i).getResource();
        String path = "Bundle.entry[" + i + "].resource";
        if (res instanceof Appointment a) {
          r.one(a, path);
        } else {
          r.issues.add(ValidationIssue.info("CPTS-1123", path,
              FhirMessages.text("CPTS-1123", res == null ? "(none)" : res.fhirType())));
        }
      }
    } else {
      return null;
    }
    return new Result(List.copyOf(r.appointments), List.copyOf(r.issues));
  }

  private void one(Appointment a, String path) {
    String field = "identifier";
    try {
      String id = a.getIdentifierFirstRep().getValue();
      field = "status";
      AppointmentStatus status = status(a);
      if (status == null) {
        issues.add(ValidationIssue.warning("CPTS-1122", path + ".status", FhirMessages.text("CPTS-1122")));
        return;
      }
      field = "start";
      TimeSlot time = TimeSlot.of(a.getStart().toInstant(), a.getEnd().toInstant());
      field = "participant";
      SasProfessionalId professional = professional(a);
      field = "extension";
      String operator = operator(a);
      String slot = a.hasSlot() ? a.getSlotFirstRep().getReferenceElement().getIdPart() : null;
      appointments.add(new SasAppointment(id, slot, professional, time, status, operator));
    } catch (CptsException | NullPointerException | IllegalArgumentException e) {
      issues.add(ValidationIssue.warning("CPTS-1121", path + "." + field, FhirMessages.text("CPTS-1121", field)));
    }
  }

  private static @Nullable AppointmentStatus status(Appointment a) {
    if (!a.hasStatus()) {
      return null;
    }
    return switch (a.getStatus().toCode().toLowerCase(Locale.ROOT)) {
      case "booked" -> AppointmentStatus.BOOKED;
      case "fulfilled" -> AppointmentStatus.FULFILLED;
      case "noshow" -> AppointmentStatus.NOSHOW;
      case "cancelled" -> AppointmentStatus.CANCELLED;
      default -> null;
    };
  }

  private static SasProfessionalId professional(Appointment a) {
    for (Appointment.AppointmentParticipantComponent p : a.getParticipant()) {
      Identifier id = p.getActor().getIdentifier();
      if (SasUris.ID_NAT_PS.equals(id.getSystem()) && id.getValue() != null) {
        return SasProfessionalId.parse(id.getValue());
      }
    }
    throw new IllegalArgumentException("participant");
  }

  private static String operator(Appointment a) {
    Extension e = a.getExtensionByUrl(SasUris.OPERATOR);
    if (e == null || !(e.getValue() instanceof Reference r) || r.getIdentifier().getValue() == null) {
      throw new IllegalArgumentException("extension");
    }
    return r.getIdentifier().getValue();
  }
}
