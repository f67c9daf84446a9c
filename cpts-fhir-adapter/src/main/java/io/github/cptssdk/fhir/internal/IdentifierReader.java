package io.github.cptssdk.fhir.internal;

import static io.github.cptssdk.fhir.FhirUris.*;

import io.github.cptssdk.core.id.Identifier;
import io.github.cptssdk.core.id.InvalidIdentifierException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.jspecify.annotations.Nullable;

/**
 * Finds national identifiers on a resource: by system and FR Core type, or else in the national
 * prefixed form (idNatSt {@code 1}+FINESS, {@code 2}+SIREN, {@code 3}+SIRET; idNatPs {@code 8}+RPPS).
 * An identifier with a wrong key or format is reported ({@code CPTS-0810}) and skipped.
 */
final class IdentifierReader {

  /** idNatSt prefix per FR Core type (fhir-mapping.md 3.2). */
  private static final Map<String, String> ID_NAT_ST_PREFIX = Map.of("FINEG", "1", "FINEJ", "1", "SIREN", "2", "SIRET", "3");

  private final Issues issues;

  IdentifierReader(Issues issues) {
    this.issues = issues;
  }

  /**
   * @param type the FR Core identifier type to match ({@code SIREN}...), or null to accept any
   * @return the first valid identifier of that system and type, or of the idNatSt form
   */
  <T extends Identifier> Optional<T> find(DomainResource r, String path, String system, @Nullable String type,
      Function<String, T> parser) {
    List<org.hl7.fhir.r4.model.Identifier> list = identifiers(r);
    for (int i = 0; i < list.size(); i++) {
      org.hl7.fhir.r4.model.Identifier id = list.get(i);
      if (system.equals(id.getSystem()) && typeMatches(id, type)) {
        Optional<T> v = parse(id.getValue(), parser, path + ".identifier[" + i + "]");
        if (v.isPresent()) {
          return v;
        }
      }
    }
    boolean person = r instanceof Practitioner;
    String prefix = person ? MemberWriter.ID_NAT_PS_RPPS_PREFIX : type == null ? "1" : ID_NAT_ST_PREFIX.get(type);
    String natSystem = person ? ID_NAT_PS : ID_NAT_ST;
    return prefix == null ? Optional.empty() : prefixed(list, path, natSystem, prefix, parser);
  }

  /** @return the first valid identifier written as {@code prefix + value} under {@code natSystem} */
  <T extends Identifier> Optional<T> prefixed(List<org.hl7.fhir.r4.model.Identifier> list, String path,
      String natSystem, String prefix, Function<String, T> parser) {
    for (int i = 0; i < list.size(); i++) {
      org.hl7.fhir.r4.model.Identifier id = list.get(i);
      if (natSystem.equals(id.getSystem()) && id.hasValue() && id.getValue().startsWith(prefix)) {
        Optional<T> v = parse(id.getValue().substring(prefix.length()), parser, path + ".identifier[" + i + "]");
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  static List<org.hl7.fhir.r4.model.Identifier> identifiers(DomainResource r) {
    if (r instanceof Organization) {
      return ((Organization) r).getIdentifier();
    }
    if (r instanceof Practitioner) {
      return ((Practitioner) r).getIdentifier();
    }
    return List.of();
  }

  private static boolean typeMatches(org.hl7.fhir.r4.model.Identifier id, @Nullable String type) {
    if (type == null || !id.hasType()) {
      return type == null || !ID_SIRENE.equals(id.getSystem()) || lengthFits(id.getValue(), type);
    }
    return Codes.codeIn(id.getType(), CS_IDENTIFIER_TYPE).filter(type::equals).isPresent();
  }

  /** SIREN and SIRET share a system: without a type, 9 digits are a SIREN and 14 a SIRET. */
  private static boolean lengthFits(@Nullable String value, String type) {
    int n = value == null ? 0 : value.replace(" ", "").length();
    return "SIREN".equals(type) ? n == 9 : n == 14;
  }

  private <T extends Identifier> Optional<T> parse(@Nullable String value, Function<String, T> parser, String path) {
    try {
      return Optional.of(parser.apply(value == null ? "" : value));
    } catch (InvalidIdentifierException e) {
      issues.error("CPTS-0810", path, e.kind().english(), e.kind().french(), e.kind().expected(), e.code());
      return Optional.empty();
    }
  }
}
