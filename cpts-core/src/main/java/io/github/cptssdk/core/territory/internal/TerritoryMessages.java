package io.github.cptssdk.core.territory.internal;

import io.github.cptssdk.core.internal.Messages;
import java.util.ResourceBundle;

/**
 * The message bundle of the territory package ({@code io/github/cptssdk/core/territory/messages*.properties}),
 * codes {@code CPTS-0200} to {@code CPTS-0299}.
 */
public final class TerritoryMessages {

  /** Base name of the bundle. */
  public static final String BUNDLE = "io.github.cptssdk.core.territory.messages";

  private static final Messages INSTANCE = new Messages(l -> ResourceBundle.getBundle(BUNDLE, l));

  private TerritoryMessages() {}

  /** @return the EN/FR messages of the territory codes */
  public static Messages get() {
    return INSTANCE;
  }
}
