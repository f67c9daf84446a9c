package io.github.cptssdk.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.CptsException;
import io.github.cptssdk.fhir.internal.FhirMessages;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * FHIR input that cannot be imported at all: not a Bundle ({@code CPTS-0804}), or a Bundle with no CPTS
 * Organization ({@code CPTS-0801}). Problems inside an importable bundle are not thrown: they are
 * reported in {@link FhirImport#report()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class FhirImportException extends CptsException {

  private static final long serialVersionUID = 1L;

  /**
   * @param code the error code, which has a message in the adapter's bundle
   * @param args the arguments of that message
   */
  public FhirImportException(String code, Object... args) {
    super(code, FhirMessages.english(code, args));
  }

  /**
   * For subclasses that carry a cause.
   *
   * @param code the error code
   * @param message the full message, prefixed by the code
   * @param cause the cause, or null
   */
  protected FhirImportException(String code, String message, @Nullable Throwable cause) {
    super(code, message, cause);
  }
}
