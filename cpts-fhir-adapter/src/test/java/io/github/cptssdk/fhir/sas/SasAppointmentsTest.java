package io.github.cptssdk.fhir.sas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.sas.AppointmentStatus;
import io.github.cptssdk.core.sas.SasAppointment;
import io.github.cptssdk.fhir.FhirFormatException;
import io.github.cptssdk.fhir.FhirImportException;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirReadLimits;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/** ANS's example appointments are read; bad and hostile input gives codes and paths, never a crash. */
class SasAppointmentsTest {

  @Test
  void ansExampleAppointmentsRead() {
    SasAppointment booked = one("Appointment-1.json");
    assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(booked.professional().toString()).isEqualTo("810100050075");
    assertThat(booked.operator()).isEqualTo("3456780581/11242343");
    assertThat(booked.time().start()).hasToString("2022-09-04T13:00:00Z");
    assertThat(one("Appointment-2.json").status()).isEqualTo(AppointmentStatus.CANCELLED);
  }

  @Test
  void theSosExampleIsSkippedWithItsPath() {
    SasRead<List<SasAppointment>> read = SasFhir.appointmentsFromText(SasShared.example("Appointment-12345678.json"));
    assertThat(read.value()).isEmpty();
    assertThat(read.report().issues()).extracting(i -> i.code() + " " + i.path()).containsExactly("CPTS-1122 Appointment.status");
  }

  @Test
  void aBundleOfAppointmentsInXmlReadsEachEntry() {
    Bundle b = new Bundle();
    for (String f : List.of("Appointment-1.json", "Appointment-2.json", "Organization-ExampleOrgaCPTS1.json")) {
      b.addEntry().setResource((org.hl7.fhir.r4.model.Resource) FhirMapper.parse(SasShared.example(f)));
    }
    SasRead<List<SasAppointment>> read = SasFhir.appointmentsFromText(FhirMapper.toXml(b));
    assertThat(read.value()).hasSize(2);
    assertThat(read.report().issues()).extracting(i -> i.code() + " " + i.path())
        .containsExactly("CPTS-1123 Bundle.entry[2].resource");
  }

  @Test
  void notAnAppointmentNorABundleIsCoded() {
    assertThatThrownBy(() -> SasFhir.appointmentsFromText(SasShared.example("Slot-ExampleSlotCPTS1.json")))
        .isInstanceOf(FhirImportException.class).hasMessageStartingWith("CPTS-1120");
  }

  @Test
  void truncatedAndHostileTextAreCoded() {
    String text = SasShared.example("Appointment-1.json");
    assertThatThrownBy(() -> SasFhir.appointmentsFromText(text.substring(0, text.length() / 2)))
        .isInstanceOf(FhirFormatException.class).hasMessageStartingWith("CPTS-0802");
    String deep = "{\"resourceType\":\"Appointment\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThatThrownBy(() -> SasFhir.appointmentsFromText(deep)).hasMessageStartingWith("CPTS-0831");
    assertThatThrownBy(() -> SasFhir.appointmentsFromText("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Appointment xmlns=\"http://hl7.org/fhir\"><status value=\"&e;\"/></Appointment>"))
        .isInstanceOf(CptsException.class);
  }

  /** Accepted, then used: any cut of an example either reads (and its appointments are usable) or is coded. */
  @Property(tries = 200)
  void anyCutOfAnExampleIsReadOrCoded(@ForAll @IntRange(min = 0, max = 3267) int cut) {
    String text = SasShared.example("Appointment-1.json");
    String t = text.substring(0, Math.min(cut, text.length()));
    try {
      SasRead<List<SasAppointment>> read = SasFhir.appointmentsFromText(t, FhirReadLimits.DEFAULTS);
      read.value().forEach(a -> assertThat(a.given() || !a.honoured()).isTrue());
    } catch (CptsException e) {
      assertThat(e.code()).matches("CPTS-\\d{4}");
    }
  }

  private static SasAppointment one(String file) {
    SasRead<List<SasAppointment>> read = SasFhir.appointmentsFromText(SasShared.example(file));
    assertThat(read.report().errors()).isEmpty();
    assertThat(read.value()).hasSize(1);
    return read.value().get(0);
  }
}
