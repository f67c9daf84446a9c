package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ca.uhn.fhir.context.FhirContext;
import io.github.cptssdk.core.model.Cpts;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.internal.BundleReader;
import io.github.cptssdk.fhir.internal.BundleWriter;
import io.github.cptssdk.fhir.internal.Contexts;
import io.github.cptssdk.fhir.internal.FhirText;
import io.github.cptssdk.fhir.internal.Outcomes;
import java.util.Objects;
import org.apiguardian.api.API;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The mapping between the cpts-core model and FHIR R4 on the French profiles (FR Core 2.2.0), both ways;
 * see docs/fhir.md for the resource-by-resource table.
 *
 * <ul>
 *   <li>{@link #toBundle(Cpts, BundleType)}: a whole CPTS as a collection or transaction bundle.</li>
 *   <li>{@link #fromBundle(Bundle)}: a CPTS back from a bundle, ours or another system's, with an import
 *       report; lossless for everything the model holds.</li>
 *   <li>{@link #toOperationOutcome(ValidationReport)} and back.</li>
 *   <li>{@link #toJson}, {@link #toXml}, {@link #parse(String)}: FHIR text with the shared context; the
 *       readers check {@link FhirReadLimits} before parsing.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; the HAPI {@link FhirContext} is created once per JVM, on first use.
 * The resources returned are new mutable HAPI objects owned by the caller.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FhirMapper {

  private FhirMapper() {}

  /** @return the shared R4 context (thread-safe, created on first use) */
  public static FhirContext context() {
    return Contexts.r4();
  }

  /**
   * Writes a CPTS as a bundle on the French profiles, without the caller's extra facts.
   *
   * @param cpts the CPTS
   * @param type {@link BundleType#COLLECTION} or {@link BundleType#TRANSACTION}
   * @return the CPTS as a bundle
   * @throws IllegalArgumentException for another bundle type
   */
  public static Bundle toBundle(Cpts cpts, BundleType type) {
    return toBundle(cpts, type, ExportOptions.none());
  }

  /**
   * Writes a CPTS as a bundle on the French profiles.
   *
   * @param cpts the CPTS
   * @param type {@link BundleType#COLLECTION} or {@link BundleType#TRANSACTION}
   * @param options population, size band and commune names to add
   * @return the CPTS as a bundle
   * @throws IllegalArgumentException for another bundle type
   */
  public static Bundle toBundle(Cpts cpts, BundleType type, ExportOptions options) {
    Objects.requireNonNull(cpts, "cpts");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(options, "options");
    return BundleWriter.write(cpts, type, options.population(), options.sizeBand(), options.referential());
  }

  /**
   * Reads a CPTS from a bundle. Problems (invalid identifiers, unknown codes, unresolved references,
   * unused resources) are reported with their FHIRPath and skipped.
   *
   * @param bundle the bundle
   * @return the CPTS, the import report and the territory facts
   * @throws FhirImportException if the bundle holds no CPTS Organization
   */
  public static FhirImport fromBundle(Bundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    BundleReader.Result r = BundleReader.read(bundle);
    return new FhirImport(r.cpts(), r.report(), r.population(), r.sizeBand());
  }

  /**
   * Parses FHIR JSON or XML text holding a bundle, within {@link FhirReadLimits#DEFAULTS}, and reads
   * the CPTS from it; what the parser ignored (unknown elements, invalid values) comes first in the
   * report.
   *
   * @param text FHIR JSON or XML
   * @return the CPTS, the import report and the territory facts
   * @throws FhirFormatException if the text is not FHIR (CPTS-0802) or exceeds a default limit
   *     (CPTS-0830..0832)
   * @throws FhirImportException if it is not a Bundle or holds no CPTS
   */
  public static FhirImport fromText(String text) {
    return fromText(text, FhirReadLimits.DEFAULTS);
  }

  /**
   * Parses FHIR JSON or XML text holding a bundle, within read limits, and reads the CPTS from it; what
   * the parser ignored (unknown elements, invalid values) comes first in the report.
   *
   * @param text FHIR JSON or XML
   * @param limits the read limits, checked before parsing
   * @return the CPTS, the import report and the territory facts
   * @throws FhirFormatException if the text is not FHIR (CPTS-0802) or exceeds a limit (CPTS-0830..0832)
   * @throws FhirImportException if it is not a Bundle or holds no CPTS
   */
  public static FhirImport fromText(String text, FhirReadLimits limits) {
    FhirText.Parsed parsed = FhirText.parse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(limits, "limits"));
    if (!(parsed.resource() instanceof Bundle)) {
      throw new FhirImportException("CPTS-0804", parsed.resource().fhirType());
    }
    FhirImport i = fromBundle((Bundle) parsed.resource());
    return new FhirImport(i.cpts(), ValidationReport.of(parsed.issues()).and(i.report()), i.population(), i.sizeBand());
  }

  /**
   * Parses any FHIR R4 resource, within {@link FhirReadLimits#DEFAULTS}.
   *
   * @param text FHIR JSON or XML
   * @return the resource parsed from FHIR JSON or XML (told apart by the first character)
   * @throws FhirFormatException if the text is not FHIR (CPTS-0802) or exceeds a default limit
   *     (CPTS-0830..0832)
   */
  public static IBaseResource parse(String text) {
    return parse(text, FhirReadLimits.DEFAULTS);
  }

  /**
   * Parses any FHIR R4 resource within read limits.
   *
   * @param text FHIR JSON or XML
   * @param limits the read limits, checked before parsing
   * @return the resource parsed from FHIR JSON or XML (told apart by the first character)
   * @throws FhirFormatException if the text is not FHIR (CPTS-0802) or exceeds a limit (CPTS-0830..0832)
   */
  public static IBaseResource parse(String text, FhirReadLimits limits) {
    return FhirText.parse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(limits, "limits")).resource();
  }

  /**
   * Encodes a resource as JSON.
   *
   * @param resource an R4 resource
   * @return the resource as pretty-printed FHIR JSON
   */
  public static String toJson(IBaseResource resource) {
    return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  /**
   * Encodes a resource as XML.
   *
   * @param resource an R4 resource
   * @return the resource as pretty-printed FHIR XML
   */
  public static String toXml(IBaseResource resource) {
    return context().newXmlParser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  /**
   * Converts a report to FHIR, keeping each issue's code, path, severity and English and French text.
   *
   * @param report the report
   * @return the report as an OperationOutcome (an "information" issue if the report is empty)
   */
  public static OperationOutcome toOperationOutcome(ValidationReport report) {
    return Outcomes.toOutcome(Objects.requireNonNull(report, "report"));
  }

  /**
   * Reads back a report converted by {@link #toOperationOutcome}.
   *
   * @param outcome the OperationOutcome
   * @return the report it holds; issues without a {@code CPTS-} code are skipped
   */
  public static ValidationReport fromOperationOutcome(OperationOutcome outcome) {
    return Outcomes.fromOutcome(Objects.requireNonNull(outcome, "outcome"));
  }
}
