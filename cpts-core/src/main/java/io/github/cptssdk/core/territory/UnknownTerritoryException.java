package io.github.cptssdk.core.territory;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.territory.internal.TerritoryMessages;
import org.apiguardian.api.API;

/** An EPCI, department or region code that the referential does not know ({@code CPTS-0201}). */
@API(status = STABLE, since = "0.1")
public final class UnknownTerritoryException extends CptsException {
  private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "CPTS-0201";

  /**
   * @param what the kind of code, e.g. "EPCI"
   * @param code the unknown code (administrative codes are public, never personal data)
   * @param source the referential, e.g. "@etalab/decoupage-administratif 6.0.0"
   */
  public UnknownTerritoryException(String what, String code, String source) {
    super(CODE, TerritoryMessages.get().english(CODE, what, code, source));
  }
}
