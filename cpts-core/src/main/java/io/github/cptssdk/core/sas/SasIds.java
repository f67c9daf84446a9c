package io.github.cptssdk.core.sas;

import java.util.Objects;
import java.util.regex.Pattern;

/** The FHIR id rule (R4 {@code id}: {@code [A-Za-z0-9\-\.]{1,64}}), used for slot, site and appointment ids. */
final class SasIds {

  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]+");

  private SasIds() {}

  static String check(String id, String path) {
    return check(id, path, 64);
  }

  static String check(String id, String path, int maxLength) {
    if (Objects.requireNonNull(id, path).length() > maxLength || !FHIR_ID.matcher(id).matches()) {
      throw new SasException("CPTS-1104", path);
    }
    return id;
  }
}
