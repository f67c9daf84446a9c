package io.github.cptssdk.fhir.internal;

import static io.github.cptssdk.fhir.FhirUris.*;

import io.github.cptssdk.core.id.FinessNumber;
import io.github.cptssdk.core.id.Siren;
import io.github.cptssdk.core.id.Siret;
import io.github.cptssdk.core.model.Coordinator;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.model.CptsId;
import io.github.cptssdk.core.model.LegalForm;
import io.github.cptssdk.core.territory.Territory;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.FhirImportException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Organization.OrganizationContactComponent;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CPTS back from a bundle, ours or another system's. Whatever cannot be mapped is reported (with
 * its FHIRPath in the bundle) and skipped; only a bundle without any CPTS Organization is refused.
 */
public final class BundleReader {

  /** What the reader found: the CPTS, the import report and the territory facts that are not in the model. */
  public record Result(Cpts cpts, ValidationReport report, @Nullable Long population,
      io.github.cptssdk.core.aci.@Nullable SizeBand sizeBand) {}

  private final Index index;
  private final Issues issues = new Issues();
  private final IdentifierReader ids;

  private BundleReader(Bundle bundle) {
    this.index = new Index(bundle);
    this.ids = new IdentifierReader(issues);
  }

  /** @throws FhirImportException if the bundle holds no CPTS Organization */
  public static Result read(Bundle bundle) {
    return new BundleReader(bundle).read();
  }

  private Result read() {
    Organization org = findCpts().orElseThrow(() -> new FhirImportException("CPTS-0801", R66_CPTS, ID_CPTS));
    index.use(org);
    String path = index.path(org);
    TerritoryReader.Territorial t = new TerritoryReader(index, issues).read(org);
    MemberReader members = new MemberReader(index, issues, ids, org);
    Cpts cpts = new Cpts(id(org, path), name(org, path), legalForm(org, path),
        ids.find(org, path, ID_SIRENE, "SIREN", Siren::parse).orElse(null),
        ids.find(org, path, ID_SIRENE, "SIRET", Siret::parse).orElse(null),
        ids.find(org, path, ID_FINESS, null, FinessNumber::parse).orElse(null),
        Territory.of(t.communes()), members.professionals(), members.organisations(), members.missions(),
        new LifecycleReader(issues).read(org, path), coordinator(org));
    for (Resource r : index.unused()) {
      issues.info("CPTS-0819", index.path(r), r.fhirType());
    }
    return new Result(cpts, issues.report(), t.population(), t.sizeBand());
  }

  private Optional<Organization> findCpts() {
    List<Organization> orgs = index.all(Organization.class);
    Optional<Organization> byId = orgs.stream()
        .filter(o -> o.getIdentifier().stream().anyMatch(i -> ID_CPTS.equals(i.getSystem()))).findFirst();
    return byId.or(() -> orgs.stream().filter(BundleReader::isCpts).findFirst());
  }

  static boolean isCpts(Organization o) {
    for (CodeableConcept type : o.getType()) {
      if (Codes.codeIn(type, CS_R66_CATEGORY).filter(R66_CPTS::equals).isPresent()
          || Codes.codeIn(type, CS_R02_SECTOR).filter(R02_CPTS::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private CptsId id(Organization org, String path) {
    for (Identifier i : org.getIdentifier()) {
      if (ID_CPTS.equals(i.getSystem()) && i.hasValue() && i.getValue().matches("[a-z0-9][a-z0-9-]{0,63}")) {
        return CptsId.of(i.getValue());
      }
    }
    issues.warning("CPTS-0821", path + ".identifier", ID_CPTS);
    return slug(org.getName());
  }

  static CptsId slug(@Nullable String name) {
    String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    s = s.length() > 64 ? s.substring(0, 64).replaceAll("-+$", "") : s;
    return CptsId.of(s.isEmpty() ? "cpts" : s);
  }

  private String name(Organization org, String path) {
    if (org.hasName() && !org.getName().isBlank()) {
      return org.getName();
    }
    issues.error("CPTS-0822", path + ".name");
    return "CPTS";
  }

  private LegalForm legalForm(Organization org, String path) {
    for (int i = 0; i < org.getType().size(); i++) {
      Optional<String> code = Codes.codeIn(org.getType().get(i), CS_LEGAL_FORM);
      if (code.isPresent()) {
        Optional<LegalForm> form = Codes.fromCode(LegalForm.class, code.get());
        if (form.isEmpty()) {
          issues.warning("CPTS-0823", path + ".type[" + i + "]", CS_LEGAL_FORM);
        }
        return form.orElse(LegalForm.OTHER);
      }
    }
    return LegalForm.ASSOCIATION_1901;
  }

  private static @Nullable Coordinator coordinator(Organization org) {
    for (OrganizationContactComponent c : org.getContact()) {
      String name = c.getName().getNameAsSingleString();
      if (name != null && !name.isBlank()) {
        String email = c.getTelecom().stream().filter(t -> t.getSystem() == ContactPointSystem.EMAIL)
            .filter(ContactPoint::hasValue).map(ContactPoint::getValue).findFirst().orElse(null);
        return new Coordinator(name, email);
      }
    }
    return null;
  }
}
