package io.github.cptssdk.desk.internal;

import io.github.cptssdk.core.internal.Messages;
import java.util.ResourceBundle;

/** The message bundle of cpts-desk ({@code io/github/cptssdk/desk/messages*.properties}). */
public final class DeskMessages {

  public static final String BUNDLE = "io.github.cptssdk.desk.messages";

  private static final Messages INSTANCE = new Messages(l -> ResourceBundle.getBundle(BUNDLE, l));

  private DeskMessages() {}

  public static Messages get() {
    return INSTANCE;
  }
}
