package io.github.cptssdk.indicators.internal;

import io.github.cptssdk.core.internal.Messages;
import java.util.ResourceBundle;

/** The message bundle of cpts-indicators ({@code io/github/cptssdk/indicators/messages*.properties}). */
public final class IndicatorMessages {

  public static final String BUNDLE = "io.github.cptssdk.indicators.messages";

  private static final Messages INSTANCE = new Messages(l -> ResourceBundle.getBundle(BUNDLE, l));

  private IndicatorMessages() {}

  public static Messages get() {
    return INSTANCE;
  }
}
