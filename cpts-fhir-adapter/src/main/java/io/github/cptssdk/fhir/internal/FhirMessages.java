package io.github.cptssdk.fhir.internal;

import io.github.cptssdk.core.internal.Messages;
import io.github.cptssdk.core.validation.LocalizedText;
import java.util.ResourceBundle;

/** The message bundle of the FHIR adapter ({@code io/github/cptssdk/fhir/messages*.properties}). */
public final class FhirMessages {

  public static final String BUNDLE = "io.github.cptssdk.fhir.messages";

  private static final Messages INSTANCE = new Messages(l -> ResourceBundle.getBundle(BUNDLE, l));

  private FhirMessages() {}

  public static Messages get() {
    return INSTANCE;
  }

  public static LocalizedText text(String code, Object... args) {
    return INSTANCE.text(code, args);
  }

  public static String english(String code, Object... args) {
    return INSTANCE.english(code, args);
  }
}
