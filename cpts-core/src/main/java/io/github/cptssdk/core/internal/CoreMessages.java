package io.github.cptssdk.core.internal;

import java.util.ResourceBundle;

/** The message bundle of cpts-core ({@code io/github/cptssdk/core/messages*.properties}). */
public final class CoreMessages {

  public static final String BUNDLE = "io.github.cptssdk.core.messages";

  private static final Messages INSTANCE = new Messages(l -> ResourceBundle.getBundle(BUNDLE, l));

  private CoreMessages() {}

  public static Messages get() {
    return INSTANCE;
  }
}
