package io.github.cptssdk.core.sas;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The national identifier of a professional as the SAS sends it (idNatPs, {@code urn:oid:1.2.250.1.71.4.2.1}):
 * {@code 8} followed by the 11 digits of the RPPS, or {@code 0} followed by the 9 characters of the ADELI
 * number (digits, or {@code 2A}/{@code 2B} then 7 digits in Corsica) (IG SAS 1.2.0, "identifiants"). Only the form is checked: the SAS passes identifiers as its
 * directory holds them, and ANS's own example appointments carry an RPPS whose Luhn key is wrong.
 * {@code parse(toString())} round-trips. Immutable, thread-safe.
 *
 * @param kind RPPS or ADELI
 * @param number the RPPS (11 digits) or ADELI (9 characters) without the prefix
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SasProfessionalId(Kind kind, String number) {

  /** The two kinds, with their idNatPs prefix and length. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** RPPS: prefix {@code 8}, 11 digits. */
    RPPS('8', 11),
    /** ADELI: prefix {@code 0}, 9 digits. */
    ADELI('0', 9);

    private final char prefix;
    private final int length;

    Kind(char prefix, int length) {
      this.prefix = prefix;
      this.length = length;
    }

    /** @return the idNatPs prefix */
    public char prefix() {
      return prefix;
    }
  }

  /**
   * @param kind RPPS or ADELI
   * @param number the digits without the prefix
   * @throws SasException ({@code CPTS-1100}) if {@code number} has not the kind's form
   */
  public SasProfessionalId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(number, "number");
    if (!number.matches(kind == Kind.RPPS ? "[0-9]{11}" : "([0-9]{2}|2[AB])[0-9]{7}")) {
      throw new SasException("CPTS-1100", "");
    }
  }

  /**
   * @param idNatPs {@code 8} + 11 digits (RPPS) or {@code 0} + 9 digits (ADELI)
   * @return the identifier
   * @throws SasException ({@code CPTS-1100}) if it has neither form
   */
  public static SasProfessionalId parse(CharSequence idNatPs) {
    String s = Objects.requireNonNull(idNatPs, "idNatPs").toString();
    for (Kind k : Kind.values()) {
      if (s.length() == k.length + 1 && s.charAt(0) == k.prefix) {
        return new SasProfessionalId(k, s.substring(1));
      }
    }
    throw new SasException("CPTS-1100", "");
  }

  /** @return the idNatPs: the prefix then the number */
  @Override
  public String toString() {
    return kind.prefix + number;
  }
}
