package io.github.cptssdk.registries.internal;

import io.github.cptssdk.core.internal.Messages;
import java.util.ResourceBundle;

/** The message bundle of cpts-registries ({@code io/github/cptssdk/registries/messages*.properties}). */
public final class RegistryMessages {

  public static final String BUNDLE = "io.github.cptssdk.registries.messages";

  private static final Messages INSTANCE = new Messages(l -> ResourceBundle.getBundle(BUNDLE, l));

  private RegistryMessages() {}

  public static Messages get() {
    return INSTANCE;
  }
}
