package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A practice site: the contained {@code Location} of the professional's {@code PractitionerRole}.
 * Immutable, thread-safe.
 *
 * @param id the site's id in the booking software (1 to 40 of {@code A-Z a-z 0-9 - .})
 * @param addressLine the street line (the SAS requires one)
 * @param postalCode the postal code (5 digits)
 * @param city the city name
 * @param commune the INSEE code of the site's commune (FHIR: the address extension
 *     {@code FrAddressInseeCode}), which places its slots and appointments on the commune referential
 *     (CPTS, department, region of the SAS indicators); null when the source does not give it (ANS's
 *     example bundles do not): such a site's appointments are left unplaced
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PracticeSite(String id, String addressLine, String postalCode, String city, @Nullable CommuneCode commune) {

  /** The longest site id: the FHIR ids written from it must stay within 64 characters. */
  public static final int SITE_ID_LENGTH = 40;

  /**
   * @throws SasException {@code CPTS-1104} if the id is malformed, {@code CPTS-1106} if the postal
   *     code is not 5 digits or the line or city is blank
   * @param id the id
   * @param addressLine the addressLine
   * @param postalCode the postalCode
   * @param city the city
   * @param commune the commune's INSEE code, or null
   */
  public PracticeSite {
    id = SasIds.check(id, "id", SITE_ID_LENGTH);
    Objects.requireNonNull(addressLine, "addressLine");
    if (!Objects.requireNonNull(postalCode, "postalCode").matches("[0-9]{5}")) {
      throw new SasException("CPTS-1106", "postalCode");
    }
    if (Objects.requireNonNull(city, "city").isBlank() || !city.strip().equals(city)) {
      throw new SasException("CPTS-1106", "city");
    }
    if (addressLine.isBlank() || !addressLine.strip().equals(addressLine)) {
      throw new SasException("CPTS-1106", "addressLine");
    }
  }

  /**
   * A site whose commune is not given.
   *
   * @param id the id
   * @param addressLine the addressLine
   * @param postalCode the postalCode
   * @param city the city
   * @throws SasException as the canonical constructor
   */
  public PracticeSite(String id, String addressLine, String postalCode, String city) {
    this(id, addressLine, postalCode, city, null);
  }

  /**
   * @param value the commune's INSEE code, or null
   * @return this site with that commune
   */
  public PracticeSite withCommune(@Nullable CommuneCode value) {
    return new PracticeSite(id, addressLine, postalCode, city, value);
  }
}
