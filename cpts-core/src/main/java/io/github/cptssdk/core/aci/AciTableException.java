package io.github.cptssdk.core.aci;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.core.validation.ValidationIssue;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A supplied table ({@link SuppliedTable}) has errors: nothing of it was applied. {@link #errors()} lists
 * each one with its code and its line ({@code path} {@code line 12}); the message is the first one.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class AciTableException extends CptsException {

  private static final long serialVersionUID = 1L;

  /** The issues, each a value (records): the list is immutable. */
  @SuppressWarnings("serial")
  private final List<ValidationIssue> errors;

  /**
   * @param errors the errors, at least one
   * @throws IllegalArgumentException if there is none
   */
  public AciTableException(List<ValidationIssue> errors) {
    super(first(errors).code(), first(errors).path() + ": " + first(errors).message().en()
        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more error(s))" : ""));
    this.errors = List.copyOf(errors);
  }

  private static ValidationIssue first(List<ValidationIssue> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a table exception needs at least one error");
    }
    return errors.get(0);
  }

  /** @return every error of the table, in line order */
  public List<ValidationIssue> errors() {
    return errors;
  }
}
