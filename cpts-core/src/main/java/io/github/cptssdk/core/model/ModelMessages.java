package io.github.cptssdk.core.model;

import io.github.cptssdk.core.internal.Messages;
import io.github.cptssdk.core.validation.LocalizedText;
import io.github.cptssdk.core.validation.Severity;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.util.ResourceBundle;

/** The message bundle of the model validation ({@code io/github/cptssdk/core/model/messages*.properties}). */
final class ModelMessages {

  /** Base name of the bundle, also used by the Bean Validation bootstrap. */
  static final String BUNDLE = "io.github.cptssdk.core.model.messages";

  private static final Messages INSTANCE = new Messages(l -> ResourceBundle.getBundle(BUNDLE, l));

  private ModelMessages() {}

  static Messages get() {
    return INSTANCE;
  }

  static LocalizedText text(String code, Object... args) {
    return INSTANCE.text(code, args);
  }

  static ValidationIssue issue(Severity severity, String code, String path, Object... args) {
    return new ValidationIssue(severity, code, path, text(code, args));
  }
}
