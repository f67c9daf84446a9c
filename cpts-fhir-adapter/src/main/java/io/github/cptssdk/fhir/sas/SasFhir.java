package io.github.cptssdk.fhir.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.sas.SasAppointment;
import io.github.cptssdk.core.sas.SasOffer;
import io.github.cptssdk.core.sas.SasSearch;
import io.github.cptssdk.core.validation.ValidationReport;
import io.github.cptssdk.fhir.FhirImportException;
import io.github.cptssdk.fhir.FhirMapper;
import io.github.cptssdk.fhir.FhirReadLimits;
import io.github.cptssdk.fhir.internal.FhirText;
import io.github.cptssdk.fhir.sas.internal.SasAppointmentReader;
import io.github.cptssdk.fhir.sas.internal.SasBundleReader;
import io.github.cptssdk.fhir.sas.internal.SasBundleWriter;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * The SAS flows of a CPTS in FHIR: answers the INT_R04 slot search with a {@code sas-cpts-bundle-aggregator}
 * searchset, reads such a searchset back, and reads {@code FrAppointmentSAS} appointments. Stateless and
 * thread-safe; shares {@link FhirMapper#context()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SasFhir {

  /** The base of the full URLs written when none is given (the {@code .invalid} TLD: replace it by the server's). */
  public static final String DEFAULT_BASE = "https://sas.cpts-sdk.invalid/fhir";

  private SasFhir() {}

  /**
   * Answers a SAS search request: its searchset, or an {@code OperationOutcome} naming every problem of
   * the request (no identifier or more than 25: {@code CPTS-1110}; a malformed one: {@code CPTS-1100} at
   * {@code professionals[i]}; a missing or empty window: {@code CPTS-1112}). Never throws on a bad request.
   *
   * @param offer the CPTS's offer
   * @param idNatPs the identifiers asked for ({@code 8}+RPPS, {@code 0}+ADELI)
   * @param from the earliest slot start, or null if missing
   * @param to the latest slot start, or null if missing
   * @return a Bundle, or an OperationOutcome for a bad request
   */
  public static Resource answer(SasOffer offer, List<String> idNatPs, @Nullable Instant from, @Nullable Instant to) {
    Objects.requireNonNull(offer, "offer");
    ValidationReport check = SasSearch.check(Objects.requireNonNull(idNatPs, "idNatPs"), from, to);
    if (!check.isValid()) {
      return FhirMapper.toOperationOutcome(check);
    }
    return toBundle(offer, SasSearch.of(idNatPs, from, to));
  }

  /**
   * The INT_R04 searchset of the offer's free slots matching a search, full URLs under {@link #DEFAULT_BASE}.
   *
   * @param offer the CPTS's offer
   * @param search the professionals and window
   * @return the searchset (profile {@code sas-cpts-bundle-aggregator}; without the profile when nothing matches,
   *     since the profile needs one slot)
   */
  public static Bundle toBundle(SasOffer offer, SasSearch search) {
    return toBundle(offer, search, DEFAULT_BASE);
  }

  /**
   * The INT_R04 searchset of the offer's free slots matching a search.
   *
   * @param offer the CPTS's offer
   * @param search the professionals and window
   * @param base the server's base URL, for the full URLs and the self link (no trailing {@code /})
   * @return the searchset
   */
  public static Bundle toBundle(SasOffer offer, SasSearch search, String base) {
    Objects.requireNonNull(search, "search");
    return SasBundleWriter.write(Objects.requireNonNull(offer, "offer").select(search), search,
        Objects.requireNonNull(base, "base"));
  }

  /**
   * Reads an INT_R04 searchset back into an offer (ours, or another system's).
   *
   * @param bundle the searchset
   * @return the offer (none without a CPTS Organization, {@code CPTS-1127}) and what was skipped
   *     ({@code CPTS-1125} slots, {@code CPTS-1126} schedules)
   */
  public static SasRead<SasOffer> fromBundle(Bundle bundle) {
    SasBundleReader.Result r = SasBundleReader.read(Objects.requireNonNull(bundle, "bundle"));
    return new SasRead<>(r.offer(), ValidationReport.of(r.issues()));
  }

  /**
   * Parses FHIR JSON or XML within limits and reads the searchset it holds.
   *
   * @param text FHIR JSON or XML
   * @param limits the read limits
   * @return the offer read and the report (parser findings included)
   * @throws io.github.cptssdk.fhir.FhirFormatException if the text is not FHIR or exceeds a limit
   * @throws FhirImportException ({@code CPTS-1124}) if it is not a Bundle
   */
  public static SasRead<SasOffer> offerFromText(String text, FhirReadLimits limits) {
    FhirText.Parsed parsed = FhirText.parse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(limits, "limits"));
    if (!(parsed.resource() instanceof Bundle b)) {
      throw new FhirImportException("CPTS-1124", parsed.resource().fhirType());
    }
    SasRead<SasOffer> read = fromBundle(b);
    return new SasRead<>(read.value(), ValidationReport.of(parsed.issues()).and(read.report()));
  }

  /**
   * Reads SAS appointments, within {@link FhirReadLimits#DEFAULTS}.
   *
   * @param text FHIR JSON or XML: one Appointment or a Bundle of them
   * @return the appointments read and what was skipped
   * @throws io.github.cptssdk.fhir.FhirFormatException if the text is not FHIR or exceeds a limit
   * @throws FhirImportException ({@code CPTS-1120}) if it is neither an Appointment nor a Bundle
   */
  public static SasRead<List<SasAppointment>> appointmentsFromText(String text) {
    return appointmentsFromText(text, FhirReadLimits.DEFAULTS);
  }

  /**
   * Reads SAS appointments within read limits.
   *
   * @param text FHIR JSON or XML: one Appointment or a Bundle of them
   * @param limits the read limits, checked before parsing
   * @return the appointments read and what was skipped ({@code CPTS-1121}, {@code 1122}, INFO {@code 1123})
   * @throws io.github.cptssdk.fhir.FhirFormatException if the text is not FHIR or exceeds a limit
   * @throws FhirImportException ({@code CPTS-1120}) if it is neither an Appointment nor a Bundle
   */
  public static SasRead<List<SasAppointment>> appointmentsFromText(String text, FhirReadLimits limits) {
    FhirText.Parsed parsed = FhirText.parse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(limits, "limits"));
    return appointments(parsed.resource(), ValidationReport.of(parsed.issues()));
  }

  /**
   * Reads SAS appointments from a parsed resource.
   *
   * @param resource an Appointment or a Bundle of them
   * @return the appointments read and what was skipped
   * @throws FhirImportException ({@code CPTS-1120}) if it is neither an Appointment nor a Bundle
   */
  public static SasRead<List<SasAppointment>> appointments(IBaseResource resource) {
    return appointments(Objects.requireNonNull(resource, "resource"), ValidationReport.valid());
  }

  private static SasRead<List<SasAppointment>> appointments(IBaseResource resource, ValidationReport parsed) {
    SasAppointmentReader.Result r = SasAppointmentReader.read(resource);
    if (r == null) {
      throw new FhirImportException("CPTS-1120", resource.fhirType());
    }
    return new SasRead<>(r.appointments(), parsed.and(ValidationReport.of(r.issues())));
  }
}
