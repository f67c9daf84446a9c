package io.github.cptssdk.core.aci.internal;

import io.github.cptssdk.core.internal.Messages;
import java.util.ResourceBundle;

/** The message bundle of the ACI rules ({@code io/github/cptssdk/core/aci/messages*.properties}). */
public final class AciMessages {

  public static final String BUNDLE = "io.github.cptssdk.core.aci.messages";

  private static final Messages INSTANCE = new Messages(l -> ResourceBundle.getBundle(BUNDLE, l));

  private AciMessages() {}

  public static Messages get() {
    return INSTANCE;
  }
}
