package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A specialty of the national list TRE_R38-SpecialiteOrdinale (for example {@code SM54} médecine
 * générale): a code of 2 to 3 capital letters followed by 2 digits.
 *
 * @param code the TRE_R38 code
 */
@API(status = STABLE, since = "0.1")
public record Specialty(String code) {

  /** Code system of TRE_R38, as used in FHIR. */
  public static final String CODE_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R38-SpecialiteOrdinale/FHIR/TRE-R38-SpecialiteOrdinale";

  /** Médecine générale (TRE_R38 SM54). */
  public static final Specialty GENERAL_PRACTICE = new Specialty("SM54");

  /**
   * @param code the TRE_R38 code
   * @throws IllegalArgumentException if the code is not of the TRE_R38 form
   */
  public Specialty {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Z]{2,3}\\d{2}")) {
      throw new IllegalArgumentException("a TRE_R38 specialty code is 2-3 capital letters and 2 digits (e.g. SM54)");
    }
  }

  /**
   * @param code the TRE_R38 code, e.g. {@code SM54}
   * @return the specialty
   * @throws IllegalArgumentException if the code is not of the TRE_R38 form
   */
  public static Specialty of(String code) {
    return new Specialty(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
