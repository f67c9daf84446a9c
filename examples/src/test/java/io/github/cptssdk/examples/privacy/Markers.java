package io.github.cptssdk.examples.privacy;

import io.github.cptssdk.core.id.RppsNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Marker values planted in the synthetic inputs of the privacy tests. Each is unlikely to appear by
 * chance, so finding one in a log line, a message or an output means it was copied from the input.
 *
 * <ul>
 *   <li>{@link #PATIENT}: what identifies a patient (pseudonymous ids, NIR-like numbers of 13 and 15
 *       digits). Allowed nowhere outside the input file: not in logs, messages, stderr, stdout nor any
 *       file written.</li>
 *   <li>{@link #PROFESSIONAL}: what identifies a professional (RPPS numbers of members, of treating
 *       doctors and of event professionals; the names and e-mail of people). Allowed only in the output
 *       of an explicit export whose format carries them (the CPTS document of {@code fhir import --json},
 *       the bundle written by {@code fhir export}); never in logs, messages nor stderr.</li>
 * </ul>
 */
final class Markers {

  static final String PATIENT_ID_1 = "PIDQX7731";
  static final String PATIENT_ID_2 = "PIDQX7732";
  static final String NIR_13 = "1840563987412";
  static final String NIR_15 = "184056398741277";
  static final String NIR_13_B = "2911175321654";

  static final String MEMBER_RPPS_1 = rpps("1822963074");
  static final String MEMBER_RPPS_2 = rpps("1822963075");
  static final String DOCTOR_RPPS = rpps("1744185296");
  static final String EVENT_RPPS = rpps("1733096307");
  /** Has the form of an RPPS number but a wrong check key. */
  static final String BAD_KEY_RPPS = badKey("1822963076");
  static final String SURNAME = "Vorlapiste";
  static final String COORDINATOR = "Zyxwoparte";
  static final String EMAIL = "m.zyxwoparte@cpts-marker.example";

  static final List<String> PATIENT = List.of(PATIENT_ID_1, PATIENT_ID_2, NIR_13, NIR_15, NIR_13_B);
  static final List<String> PROFESSIONAL =
      List.of(MEMBER_RPPS_1, MEMBER_RPPS_2, DOCTOR_RPPS, EVENT_RPPS, BAD_KEY_RPPS, SURNAME, COORDINATOR, EMAIL);

  private Markers() {}

  static List<String> all() {
    List<String> all = new ArrayList<>(PATIENT);
    all.addAll(PROFESSIONAL);
    return all;
  }

  /** @return the markers of {@code markers} found in {@code text}, case-insensitively */
  static List<String> foundIn(String text, List<String> markers) {
    String t = text.toLowerCase(Locale.ROOT);
    return markers.stream().filter(m -> t.contains(m.toLowerCase(Locale.ROOT))).toList();
  }

  private static String rpps(String tenDigits) {
    for (int k = 0; k < 10; k++) {
      if (RppsNumber.isValid(tenDigits + k)) {
        return tenDigits + k;
      }
    }
    throw new IllegalStateException("no key");
  }

  private static String badKey(String tenDigits) {
    String good = rpps(tenDigits);
    return tenDigits + (char) ('0' + (good.charAt(10) - '0' + 1) % 10);
  }
}
