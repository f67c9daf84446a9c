package io.github.cptssdk.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import org.apiguardian.api.API;

/**
 * A date of the model outside {@link ModelDates#MIN}..{@link ModelDates#MAX} (CPTS-0120). The message
 * names the field, never the date.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class DateOutOfRangeException extends CptsException {

  private static final long serialVersionUID = 1L;

  /** The code of this exception. */
  public static final String CODE = "CPTS-0120";

  /** The name of the field. */
  private final String field;

  /** @param field the name of the field whose date is out of range */
  public DateOutOfRangeException(String field) {
    super(CODE, ModelMessages.get().english(CODE, field));
    this.field = field;
  }

  /** @return the name of the field whose date is out of range */
  public String field() {
    return field;
  }
}
