package io.github.cptssdk.fhir.internal;

import static io.github.cptssdk.fhir.FhirUris.*;

import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Location.LocationMode;
import org.jspecify.annotations.Nullable;

/**
 * The territory: one area {@code Location}, one jurisdiction {@code Location} per commune
 * ({@code partOf} the area, INSEE code as identifier and FR Core address extension), and the
 * "territorial coordination" {@code HealthcareService} of the CPTS whose {@code coverageArea} is the area.
 */
final class TerritoryWriter {

  static final String TERRITORY_SERVICE = "territorial-coordination";

  private final Entries entries;
  private final Cpts cpts;
  private final @Nullable CommuneReferential referential;

  TerritoryWriter(Entries entries, Cpts cpts, @Nullable CommuneReferential referential) {
    this.entries = entries;
    this.cpts = cpts;
    this.referential = referential;
  }

  /** @return the full URL of the area Location */
  String write(String cptsUrl, @Nullable Long population, @Nullable SizeBand sizeBand) {
    String areaUrl = entries.add(area(population, sizeBand), "location/territory");
    for (CommuneCode code : cpts.territory().communes()) {
      entries.add(commune(code, areaUrl), "location/commune/" + code.value());
    }
    HealthcareService service = new HealthcareService();
    service.getMeta().addProfile(PROFILE_HEALTHCARE_SERVICE);
    service.setProvidedBy(Entries.ref(cptsUrl));
    service.addType(Codes.concept(CS_SERVICE, TERRITORY_SERVICE, "Coordination territoriale"));
    service.setName("Coordination territoriale de la CPTS");
    service.addCoverageArea(Entries.ref(areaUrl));
    entries.add(service, "healthcare-service/territory");
    return areaUrl;
  }

  private Location area(@Nullable Long population, @Nullable SizeBand sizeBand) {
    Location area = new Location();
    area.getMeta().addProfile(PROFILE_LOCATION);
    if (population != null) {
      area.addExtension(EXT_POPULATION, new IntegerType(Math.toIntExact(population)));
    }
    if (sizeBand != null) {
      area.addExtension(EXT_SIZE_BAND, new Coding(CS_SIZE_BAND, String.valueOf(sizeBand.number()), sizeBand.labelFr()));
    }
    area.addIdentifier().setSystem(ID_TERRITORY).setValue(cpts.id().value());
    area.setName("Territoire de la CPTS " + cpts.name());
    area.setMode(LocationMode.INSTANCE);
    area.setPhysicalType(Codes.concept(CS_LOCATION_PHYSICAL_TYPE, "area", "Area"));
    return area;
  }

  private Location commune(CommuneCode code, String areaUrl) {
    Location l = new Location();
    l.getMeta().addProfile(PROFILE_LOCATION);
    l.addIdentifier().setSystem(CS_R13_COMMUNE).setValue(code.value());
    l.setName(name(code));
    l.setMode(LocationMode.INSTANCE);
    l.getAddress().addExtension(EXT_INSEE_CODE, new Coding(CS_R13_COMMUNE, code.value(), null));
    l.setPhysicalType(Codes.concept(CS_LOCATION_PHYSICAL_TYPE, "jdn", "Jurisdiction"));
    l.setPartOf(Entries.ref(areaUrl));
    return l;
  }

  private String name(CommuneCode code) {
    if (referential != null) {
      return referential.commune(code).map(Commune::name).orElse("Commune " + code.value());
    }
    return "Commune " + code.value();
  }
}
