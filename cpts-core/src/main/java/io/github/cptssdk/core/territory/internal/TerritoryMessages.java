package io.github.cptssdk.core.territory.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.cptssdk.core.internal.Messages;
import java.util.ResourceBundle;
import org.apiguardian.api.API;

/**
 * The message bundle of the territory package ({@code io/github/cptssdk/core/territory/messages*.properties}),
 * the codes of the territory range (02xx).
 */
@API(status = INTERNAL, since = "0.1")
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
