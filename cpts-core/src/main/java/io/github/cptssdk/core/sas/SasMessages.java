package io.github.cptssdk.core.sas;

import io.github.cptssdk.core.internal.Messages;
import io.github.cptssdk.core.validation.LocalizedText;
import java.util.ResourceBundle;

/** The EN/FR texts of the SAS package ({@code io/github/cptssdk/core/sas/messages*.properties}). */
final class SasMessages {

  private static final Messages MESSAGES =
      new Messages(l -> ResourceBundle.getBundle("io.github.cptssdk.core.sas.messages", l));

  private SasMessages() {}

  static LocalizedText text(String code, Object... args) {
    return MESSAGES.text(code, args);
  }
}
