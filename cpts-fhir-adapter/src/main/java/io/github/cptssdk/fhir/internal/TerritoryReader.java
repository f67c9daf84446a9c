package io.github.cptssdk.fhir.internal;

import static io.github.cptssdk.fhir.FhirUris.*;

import io.github.cptssdk.core.aci.SizeBand;
import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.IdentifierKind;
import io.github.cptssdk.core.id.InvalidIdentifierException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * Reads the territory: the Locations in the {@code coverageArea} of the CPTS's HealthcareServices, the
 * commune Locations that are {@code partOf} them, and the population and size-band extensions of the area.
 */
final class TerritoryReader {

  /** The territory as read. */
  record Territorial(TreeSet<CommuneCode> communes, @Nullable Long population, @Nullable SizeBand sizeBand) {}

  private final Index index;
  private final Issues issues;
  private final TreeSet<CommuneCode> communes = new TreeSet<>();
  private @Nullable Long population;
  private @Nullable SizeBand sizeBand;

  TerritoryReader(Index index, Issues issues) {
    this.index = index;
    this.issues = issues;
  }

  Territorial read(Organization cpts) {
    List<Location> areas = new ArrayList<>();
    for (HealthcareService s : index.all(HealthcareService.class)) {
      if (!s.hasProvidedBy() || !index.pointsTo(s.getProvidedBy(), cpts)) {
        continue;
      }
      if (s.getType().stream().anyMatch(t -> Codes.codeIn(t, CS_SERVICE).isPresent())) {
        index.use(s);
      }
      for (Reference ref : s.getCoverageArea()) {
        index.resolve(ref, Location.class).filter(l -> !areas.contains(l)).ifPresent(areas::add);
      }
    }
    for (Location area : areas) {
      readArea(area);
    }
    return new Territorial(communes, population, sizeBand);
  }

  private void readArea(Location area) {
    index.use(area);
    if (communeCode(area).isPresent()) {
      commune(area);
      return;
    }
    facts(area);
    for (Location l : index.all(Location.class)) {
      if (l.hasPartOf() && index.pointsTo(l.getPartOf(), area)) {
        commune(l);
      }
    }
  }

  private void facts(Location area) {
    Extension pop = Extensions.first(area.getExtensionsByUrl(EXT_POPULATION));
    if (pop != null) {
      if (pop.getValue() instanceof IntegerType && ((IntegerType) pop.getValue()).getValue() != null
          && ((IntegerType) pop.getValue()).getValue() >= 0) {
        population = ((IntegerType) pop.getValue()).getValue().longValue();
      } else {
        issues.warning("CPTS-0827", index.path(area) + ".extension('" + EXT_POPULATION + "')");
      }
    }
    Extension band = Extensions.first(area.getExtensionsByUrl(EXT_SIZE_BAND));
    if (band != null && band.getValue() instanceof Coding) {
      String code = ((Coding) band.getValue()).getCode();
      for (SizeBand b : SizeBand.values()) {
        if (String.valueOf(b.number()).equals(code)) {
          sizeBand = b;
        }
      }
    }
  }

  private void commune(Location l) {
    index.use(l);
    Optional<String> code = communeCode(l);
    if (code.isEmpty()) {
      return;
    }
    try {
      communes.add(CommuneCode.parse(code.get()));
    } catch (InvalidIdentifierException e) {
      issues.error("CPTS-0820", index.path(l) + ".identifier", IdentifierKind.COMMUNE.expected(), e.code());
    }
  }

  /** @return the INSEE code of a commune Location: its identifier, or else its address extension */
  static Optional<String> communeCode(Location l) {
    for (Identifier id : l.getIdentifier()) {
      if (isCommuneSystem(id.getSystem()) && id.hasValue()) {
        return Optional.of(id.getValue());
      }
    }
    Extension ext = l.hasAddress() ? Extensions.first(l.getAddress().getExtensionsByUrl(EXT_INSEE_CODE)) : null;
    if (ext != null && ext.getValue() instanceof Coding && ((Coding) ext.getValue()).hasCode()) {
      return Optional.of(((Coding) ext.getValue()).getCode());
    }
    return Optional.empty();
  }
}
