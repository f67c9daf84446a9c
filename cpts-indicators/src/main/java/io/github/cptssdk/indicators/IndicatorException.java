package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.indicators.internal.IndicatorMessages;
import org.apiguardian.api.API;

/**
 * An indicator computation that cannot proceed (codes {@code CPTS-0720..0749}); messages never hold
 * patient data nor counts.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class IndicatorException extends CptsException {
  private static final long serialVersionUID = 1L;

  /**
   * @param code the code, whose English message in the bundle is used
   * @param args the message arguments (kinds, positions, never patient data)
   */
  public IndicatorException(String code, Object... args) {
    super(code, IndicatorMessages.get().english(code, args));
  }
}
